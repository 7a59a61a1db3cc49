// The organization, read directly: the outputs of Organizations DescribeOrganization (`{Organization}`), ListRoots
// (`{Roots}`) and ListAWSServiceAccessForOrganization (`{EnabledServicePrincipals}`), merged into one object (`jq -s
// add` of the three). Cloud Control's AWS::Organizations::Organization carries neither the policy types enabled at
// the root nor the trusted services, so the organization is a direct read.
import { isAccountId, isRecord } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigItem } from './config-item';

/** The live type of the organization's direct read. */
export const ORGANIZATION_TYPE = 'AWS::Organizations::Organization';

/** True for a DescribeOrganization output, alone or merged with the root and service-access reads. */
export function isOrganizationRead(value: Record<string, unknown>): boolean {
  return isRecord(value['Organization']) && value['resourceType'] === undefined;
}

/** The organization as an item of its management account; Organizations is global. */
export function fromOrganizationRead(value: Record<string, unknown>, source: string, at: string): ConfigItem {
  const organization = value['Organization'] as Record<string, unknown>;
  const id = organization['Id'];
  if (typeof id !== 'string' || id === '')
    throw new DriftInputError(source, `${at}/Organization/Id`, 'the organization id (o-…)', describe(id));
  for (const key of ['Roots', 'EnabledServicePrincipals'])
    if (value[key] !== undefined && !Array.isArray(value[key]))
      throw new DriftInputError(
        source,
        `${at}/${key}`,
        `the ${key} list of its Organizations output`,
        describe(value[key]),
      );
  const management = organization['MasterAccountId'];
  const arn = organization['Arn'];
  return {
    source: 'direct',
    resourceType: ORGANIZATION_TYPE,
    resourceId: id,
    resourceName: null,
    arn: typeof arn === 'string' ? arn : null,
    awsRegion: 'global',
    accountId: isAccountId(management) ? management : null,
    configurationItemStatus: 'OK',
    configurationItemCaptureTime: null,
    configurationStateId: null,
    configuration: value,
    supplementaryConfiguration: {},
    tags: {},
    tagsRecorded: false,
    relationships: [],
  };
}
