// AWS::CloudFront::OriginAccessControl: AWS Config does not record it; Cloud Control reads it (global, from
// us-east-1), its settings under OriginAccessControlConfig.
import { setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const cloudFrontOriginAccessControl: SimulatedType = {
  awsType: 'AWS::CloudFront::OriginAccessControl',
  terraformTypes: {
    aws_cloudfront_origin_access_control: {
      computed: (_v, ctx) => {
        const { ids } = ctx;
        return { id: `E${ids.upper(13)}`, etag: `E${ids.upper(13)}` };
      },
      cloudControl: ({ attrs: a }) => {
        const properties = {
          Id: a.id,
          OriginAccessControlConfig: setProperties({
            Name: a.name,
            Description: a.description,
            OriginAccessControlOriginType: a.origin_access_control_origin_type,
            SigningBehavior: a.signing_behavior,
            SigningProtocol: a.signing_protocol,
          }),
        };
        return {
          typeName: 'AWS::CloudFront::OriginAccessControl',
          identifier: String(a.id),
          region: 'global',
          properties,
          listed: properties,
        };
      },
    },
  },
};
