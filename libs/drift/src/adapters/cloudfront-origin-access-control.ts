import type { Adapter } from './adapter';
import { nested } from './cloudcontrol-properties';
import { conf, defined, keys, lower } from './helpers';

/**
 * `AWS::CloudFront::OriginAccessControl` read through AWS Cloud Control: AWS Config does not record it.
 *
 * Evidence, the type's CloudFormation resource schema (registry, us-east-1; hashicorp/terraform-provider-awscc
 * f995d4f `AWS_CloudFront_OriginAccessControl.json`): `handlers.read` GetOriginAccessControl, `handlers.list`
 * ListOriginAccessControls with no parent; `primaryIdentifier` Id; `readOnlyProperties` Id; no
 * `writeOnlyProperties`; not taggable. Its settings are under `OriginAccessControlConfig`. CloudFront is global:
 * Cloud Control serves it from us-east-1.
 */
export const cloudFrontOriginAccessControlAdapter: Adapter = {
  configType: 'AWS::CloudFront::OriginAccessControl',
  source: 'cloudcontrol',
  global: true,
  terraformTypes: ['aws_cloudfront_origin_access_control'],
  folds: [],
  compared: [
    'name',
    'description',
    'origin_access_control_origin_type',
    'signing_behavior',
    'signing_protocol',
  ],
  joinKey: 'origin access control id (or name)',
  desiredKeys: (v, s) => keys(s?.['id'], v['name']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['Id'], nested(c, 'OriginAccessControlConfig')['Name']);
  },
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      description: v['description'],
      origin_access_control_origin_type: lower(v['origin_access_control_origin_type']),
      signing_behavior: lower(v['signing_behavior']),
      signing_protocol: lower(v['signing_protocol']),
    });
  },
  actual: (item) => {
    const c = nested(conf(item), 'OriginAccessControlConfig');
    return {
      name: c['Name'],
      description: c['Description'],
      origin_access_control_origin_type: lower(c['OriginAccessControlOriginType']),
      signing_behavior: lower(c['SigningBehavior']),
      signing_protocol: lower(c['SigningProtocol']),
    };
  },
};
