import { ConfigItem } from '@groundwork/aws-sim';

/**
 * A snapshot-form item as GetResourceConfigHistory returns it: `arn` / `accountId` / `version`, `configuration` and
 * every supplementary value as JSON strings, `relationshipName`, and a deleted resource's configuration as "null".
 */
export function toApiForm(item: ConfigItem): Record<string, unknown> {
  const { ARN, awsAccountId, configurationItemVersion, configurationStateMd5Hash, relationships, ...rest } =
    item;
  return {
    ...rest,
    version: configurationItemVersion,
    accountId: awsAccountId,
    ...(ARN ? { arn: ARN } : {}),
    configurationItemMD5Hash: configurationStateMd5Hash,
    configurationStateId: String(item.configurationStateId),
    configuration: JSON.stringify(item.configuration),
    supplementaryConfiguration: Object.fromEntries(
      Object.entries(item.supplementaryConfiguration).map(([k, v]) => [
        k,
        typeof v === 'string' ? v : JSON.stringify(v),
      ]),
    ),
    relationships: (relationships as { resourceType: string; resourceId: string; name: string }[]).map(
      (r) => ({
        resourceType: r.resourceType,
        resourceId: r.resourceId,
        relationshipName: r.name,
      }),
    ),
  };
}
