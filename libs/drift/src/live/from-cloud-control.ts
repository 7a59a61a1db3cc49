// AWS Cloud Control API output as live items: GetResource (`{TypeName, ResourceDescription}`) and ListResources
// (`{TypeName, ResourceDescriptions, NextToken?}`). A ResourceDescription is `{Identifier, Properties}`, where
// Properties is a JSON string of the resource in its CloudFormation resource-schema shape.
import { isAccountId, isRecord, parseArn } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigItem, Inventory } from './config-item';
import { tagMap } from './decode';
import { type LiveContext, placeOfListing } from './live-context';

/**
 * Types whose Cloud Control list handler lists only what one resource-model value selects (it refuses to list
 * without it), so a ListResources output of them is not every resource of the type: OUs are listed per ParentId
 * (ListOrganizationalUnitsForParent), policies per Type (ListPolicies takes a filter), a function's asynchronous
 * invocation settings per FunctionName (ListFunctionEventInvokeConfigs).
 */
const LISTED_PER_FILTER: Readonly<Record<string, string>> = {
  'AWS::Organizations::OrganizationalUnit': 'ParentId',
  'AWS::Organizations::Policy': 'Type',
  'AWS::Lambda::EventInvokeConfig': 'FunctionName',
};

/** What a Cloud Control output is: its type, its items, and the inventory it proves (ListResources only). */
export interface CloudControlRead {
  readonly items: ConfigItem[];
  readonly inventory?: Inventory;
}

function typeName(value: Record<string, unknown>, source: string, at: string): string {
  const type = value['TypeName'];
  if (typeof type !== 'string' || type === '')
    throw new DriftInputError(
      source,
      `${at}/TypeName`,
      'the CloudFormation type name, such as "AWS::Logs::LogGroup"',
      describe(type),
    );
  return type;
}

function properties(raw: unknown, source: string, at: string): Record<string, unknown> | null {
  if (raw === undefined || raw === null) return null;
  if (isRecord(raw)) return raw;
  if (typeof raw === 'string') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (e) {
      throw new DriftInputError(source, at, 'the resource properties as a JSON string', (e as Error).message);
    }
    if (isRecord(parsed)) return parsed;
  }
  throw new DriftInputError(
    source,
    at,
    'the resource properties as a JSON string of an object',
    describe(raw),
  );
}

/** One ResourceDescription as a live item; account and region from its `Arn` property, else from the context. */
function item(
  type: string,
  description: unknown,
  source: string,
  at: string,
  context: LiveContext,
): ConfigItem {
  if (!isRecord(description))
    throw new DriftInputError(
      source,
      at,
      'a ResourceDescription {Identifier, Properties}',
      describe(description),
    );
  const id = description['Identifier'];
  if (typeof id !== 'string' || id === '')
    throw new DriftInputError(source, `${at}/Identifier`, "the resource's primary identifier", describe(id));
  const configuration = properties(description['Properties'], source, `${at}/Properties`);
  const arnValue = configuration?.['Arn'];
  const arn = parseArn(arnValue);
  const tags = configuration ? tagMap(configuration['Tags']) : undefined;
  return {
    source: 'cloudcontrol',
    resourceType: type,
    resourceId: id,
    resourceName: null,
    arn: arn ? (arnValue as string) : null,
    awsRegion: arn?.region || context.region || null,
    accountId: arn && isAccountId(arn.account) ? arn.account : (context.accountId ?? null),
    configurationItemStatus: 'OK',
    configurationItemCaptureTime: null,
    configurationStateId: null,
    configuration,
    supplementaryConfiguration: {},
    tags: tags ?? {},
    // Tags are compared only where the properties carry the schema's tag property.
    tagsRecorded: tags !== undefined,
    relationships: [],
  };
}

/** True for a GetResource or ListResources output. */
export function isCloudControlOutput(value: Record<string, unknown>): boolean {
  return (
    value['TypeName'] !== undefined &&
    (value['ResourceDescription'] !== undefined || value['ResourceDescriptions'] !== undefined)
  );
}

/**
 * A GetResource output (one item, proves nothing about other resources) or a ListResources output (its items; a
 * complete inventory of its TypeName when it has no NextToken and the type is listed in full).
 */
export function fromCloudControl(
  value: Record<string, unknown>,
  source: string,
  at: string,
  context: LiveContext,
): CloudControlRead {
  const type = typeName(value, source, at);
  const misplaced = (what: string) => (names: readonly string[]) =>
    new DriftInputError(
      source,
      `${at}/ResourceDescriptions`,
      `one ${what}: a ListResources output lists one account and region`,
      `${names.join(', ')} in the ARNs of its resources`,
    );
  if (value['ResourceDescriptions'] === undefined)
    return {
      items: [item(type, value['ResourceDescription'], source, `${at}/ResourceDescription`, context)],
    };
  const descriptions = value['ResourceDescriptions'];
  if (!Array.isArray(descriptions))
    throw new DriftInputError(
      source,
      `${at}/ResourceDescriptions`,
      'a list of ResourceDescription objects',
      describe(descriptions),
    );
  const items = descriptions.map((d, i) => item(type, d, source, `${at}/ResourceDescriptions/${i}`, context));
  const nextToken = value['NextToken'];
  if ((nextToken !== undefined && nextToken !== null) || LISTED_PER_FILTER[type] !== undefined)
    return { items };
  return {
    items,
    inventory: {
      source: 'cloudcontrol',
      accountId:
        placeOfListing(
          items.map((i) => i.accountId),
          misplaced('account'),
        ) ??
        context.accountId ??
        null,
      region:
        placeOfListing(
          items.map((i) => i.awsRegion),
          misplaced('region'),
        ) ??
        context.region ??
        null,
      resourceTypes: [type],
    },
  };
}
