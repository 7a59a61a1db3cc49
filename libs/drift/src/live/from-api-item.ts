import { isAccountId, isRecord, parseArn } from '@groundwork/core';
import { DriftInputError, describe } from '../errors';
import type { ConfigItem, ConfigRelationship } from './config-item';
import { decodeNested, tagMap, toIsoTime } from './decode';

/** A region's shape; hand-written ARNs sometimes hold an availability zone there (`us-west-2b`). */
const REGION = /^[a-z]{2}(?:-[a-z]+)+-\d+$/;

function str(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}

function relationships(value: unknown): ConfigRelationship[] {
  const out: ConfigRelationship[] = [];
  if (!Array.isArray(value)) return out;
  for (const r of value) {
    if (!isRecord(r)) continue;
    const name = str(r['relationshipName']) ?? str(r['name']) ?? '';
    out.push({
      resourceType: str(r['resourceType']) ?? '',
      resourceId: str(r['resourceId']),
      resourceName: str(r['resourceName']),
      // AWS writes some names with a trailing space ("Is associated with ").
      relationshipName: name.endsWith(' ') ? name.trim() : name,
    });
  }
  return out;
}

/** The CloudTrail event ids of `relatedEvents`, when the item has any. */
function relatedEvents(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const ids = value.filter((v): v is string => typeof v === 'string' && v !== '');
  return ids.length > 0 ? ids : undefined;
}

/** The item's own tag map when it already holds only strings (the common case), without copying it. */
function stringMap(v: unknown): Record<string, string> | undefined {
  if (!isRecord(v)) return undefined;
  for (const k in v) if (typeof v[k] !== 'string') return undefined;
  return v as Record<string, string>;
}

/**
 * Whether the item says anything about tags: a non-empty tag map, or a tag list in the configuration or the
 * supplementary configuration (even an empty one). Event-form items carry `tags: {}` whether or not the type records
 * tags, so an empty map alone says nothing.
 */
function tagsRecorded(
  raw: Record<string, unknown>,
  configuration: Record<string, unknown> | null,
  supplementary: Record<string, unknown>,
): boolean {
  const own = raw['tags'];
  if (isRecord(own) && Object.keys(own).length > 0) return true;
  if (supplementary['Tags'] !== undefined || supplementary['BucketTaggingConfiguration'] !== undefined)
    return true;
  return (
    configuration !== null && (configuration['tags'] !== undefined || configuration['Tags'] !== undefined)
  );
}

function tagsOf(
  raw: Record<string, unknown>,
  configuration: Record<string, unknown> | null,
  supplementary: Record<string, unknown>,
): Record<string, string> {
  const own = stringMap(raw['tags']) ?? tagMap(raw['tags']);
  if (own && Object.keys(own).length > 0) return own;
  const fromSupp = tagMap(supplementary['Tags']);
  if (fromSupp && Object.keys(fromSupp).length > 0) return fromSupp;
  const fromConf = configuration
    ? (tagMap(configuration['tags']) ?? tagMap(configuration['Tags']))
    : undefined;
  if (fromConf && Object.keys(fromConf).length > 0) return fromConf;
  return own ?? {};
}

/**
 * Normalizes one configuration item in any form: event (ARN, awsAccountId, configuration object), API
 * (arn, accountId, configuration as a JSON string, "null" for deleted) or select (a JSON string of selected fields).
 */
export function fromApiItem(apiItem: unknown, source: string, path = ''): ConfigItem {
  const raw = typeof apiItem === 'string' ? decodeNested(apiItem) : apiItem;
  if (!isRecord(raw)) throw new DriftInputError(source, path, 'a configuration item object', describe(raw));
  const resourceType = raw['resourceType'];
  const resourceId = str(raw['resourceId']);
  // An empty type would match no adapter and vanish from the report: it is an error, not a resource to skip.
  if (typeof resourceType !== 'string' || resourceType === '')
    throw new DriftInputError(
      source,
      `${path}/resourceType`,
      'an AWS Config resource type such as "AWS::EC2::VPC"',
      describe(resourceType),
    );
  if (resourceId === null)
    throw new DriftInputError(
      source,
      `${path}/resourceId`,
      'the resource id string',
      describe(raw['resourceId']),
    );
  const conf = decodeNested(raw['configuration']);
  const configuration = isRecord(conf) ? conf : null;
  const supp = decodeNested(raw['supplementaryConfiguration']);
  let supplementary: Record<string, unknown> = isRecord(supp) ? supp : {};
  // Copy only when some value is still a JSON string (API and CLI forms); event-form objects are used as they are.
  for (const k in supplementary)
    if (typeof supplementary[k] === 'string') {
      supplementary = Object.fromEntries(
        Object.entries(supplementary).map(([key, v]) => [key, decodeNested(v)]),
      );
      break;
    }
  const events = relatedEvents(raw['relatedEvents']);
  const arn = str(raw['arn']) ?? str(raw['ARN']);
  const region = str(raw['awsRegion']);
  const account = str(raw['accountId']) ?? str(raw['awsAccountId']);
  // An item may lack its account and region (the first API version has no awsRegion, a SelectResourceConfig result
  // has only the fields selected); its ARN names them, except the region of a global type. Parsed only then.
  const parsedArn = region === null || account === null ? parseArn(arn) : undefined;
  return {
    source: 'config',
    resourceType,
    resourceId,
    resourceName: str(raw['resourceName']),
    arn,
    awsRegion: region ?? (parsedArn && REGION.test(parsedArn.region) ? parsedArn.region : null),
    accountId: account ?? (parsedArn && isAccountId(parsedArn.account) ? parsedArn.account : null),
    configurationItemStatus: str(raw['configurationItemStatus']) ?? 'OK',
    configurationItemCaptureTime: toIsoTime(raw['configurationItemCaptureTime']),
    // `configurationStateID` in AWS Config's 1.0 notifications.
    configurationStateId: str(raw['configurationStateId']) ?? str(raw['configurationStateID']),
    configuration,
    supplementaryConfiguration: supplementary,
    tags: tagsOf(raw, configuration, supplementary),
    tagsRecorded: tagsRecorded(raw, configuration, supplementary),
    relationships: relationships(raw['relationships']),
    ...(events && { relatedEvents: events }),
  };
}
