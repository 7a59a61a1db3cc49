// The CloudTrail management events that change a resource AWS Config does not record, and which resource each one
// names: the drift checker's fast path. Written once here, the library both sides share: the DriftChecker construct
// (@groundwork/governance) builds its EventBridge rules from it, the function (apps/drift-checker) reads its events
// with it. An identifier is taken from the call's requestParameters, as CloudTrail records them (the API's request
// members, first letter lower-cased: `policyId`, `dBParameterGroupName`).
import { isRecord } from '@groundwork/core';
import type { LiveSource } from './live/config-item';

/** The detail-type EventBridge gives CloudTrail's records of API calls. */
export const CLOUDTRAIL_API_CALL_DETAIL_TYPE = 'AWS API Call via CloudTrail';

/** The part of a CloudTrail record the fast path reads (EventBridge's `detail`). */
export interface CloudTrailRecord {
  readonly eventSource: string;
  readonly eventName: string;
  readonly awsRegion?: string;
  readonly recipientAccountId?: string;
  readonly errorCode?: string;
  readonly requestParameters?: unknown;
  readonly responseElements?: unknown;
}

/** Calls of one service that change one live type, and how a call names the resource. */
export interface CloudTrailChange {
  /** CloudTrail's `eventSource`, e.g. `organizations.amazonaws.com`. */
  readonly eventSource: string;
  /** CloudTrail's `eventName`s (prefixes where `namePrefixes`). */
  readonly eventNames: readonly string[];
  /**
   * Match the names as prefixes: Lambda records some calls under the name of the API version that served them
   * (`…20190725`), which a later version of the API can change.
   * @default false
   */
  readonly namePrefixes?: boolean;
  /** The live type re-read, and the source that reads it. */
  readonly resourceType: string;
  readonly source: Exclude<LiveSource, 'config'>;
  /**
   * The service is global and CloudTrail delivers its events to EventBridge in us-east-1 only (Organizations, IAM,
   * CloudFront): a rule elsewhere never sees them unless they are forwarded from there.
   */
  readonly global: boolean;
  /**
   * The identifier of the resource changed: the Cloud Control primary identifier, or the direct read's resource id
   * (the account id for account singletons); undefined when the record does not name one.
   */
  identifier(record: CloudTrailRecord): string | undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A request parameter by its path (`configRule.configRuleName`). */
function parameter(record: CloudTrailRecord, path: string): string | undefined {
  let value: unknown = record.requestParameters;
  for (const key of path.split('.')) value = isRecord(value) ? value[key] : undefined;
  return text(value);
}

const byParameter =
  (...paths: string[]) =>
  (record: CloudTrailRecord): string | undefined => {
    for (const path of paths) {
      const value = parameter(record, path);
      if (value !== undefined) return value;
    }
    return undefined;
  };

/**
 * A Lambda function's event invoke configuration, as Cloud Control names it: `<function name>|<qualifier>`. The call
 * takes the function as a name, a partial ARN (`123456789012:function:name`) or an ARN, each with an optional
 * `:qualifier`; without one the configuration is the unqualified function's, `$LATEST`.
 */
function eventInvokeConfigIdentifier(record: CloudTrailRecord): string | undefined {
  const given = parameter(record, 'functionName');
  if (given === undefined) return undefined;
  const parts = given.split(':');
  const at = parts.indexOf('function');
  const [name, inlineQualifier] = at >= 0 ? [parts[at + 1], parts[at + 2]] : [parts[0], parts[1]];
  if (!name) return undefined;
  return `${name}|${parameter(record, 'qualifier') ?? inlineQualifier ?? '$LATEST'}`;
}

/** The account an account singleton belongs to: the account the call was made in. */
function accountOfRecord(record: CloudTrailRecord): string | undefined {
  return text(record.recipientAccountId);
}

/**
 * The calls the fast path re-reads a resource for. Calls that create a resource are left out: a resource the IaC does
 * not declare is UNMANAGED, which alerts no one; the daily sweep reports it.
 */
export const CLOUDTRAIL_CHANGES: readonly CloudTrailChange[] = [
  {
    eventSource: 'organizations.amazonaws.com',
    eventNames: ['UpdatePolicy', 'AttachPolicy', 'DetachPolicy', 'DeletePolicy'],
    resourceType: 'AWS::Organizations::Policy',
    source: 'cloudcontrol',
    global: true,
    identifier: byParameter('policyId'),
  },
  {
    eventSource: 'organizations.amazonaws.com',
    eventNames: ['UpdateOrganizationalUnit', 'DeleteOrganizationalUnit'],
    resourceType: 'AWS::Organizations::OrganizationalUnit',
    source: 'cloudcontrol',
    global: true,
    identifier: byParameter('organizationalUnitId'),
  },
  {
    eventSource: 'organizations.amazonaws.com',
    eventNames: ['MoveAccount'],
    resourceType: 'AWS::Organizations::Account',
    source: 'cloudcontrol',
    global: true,
    identifier: byParameter('accountId'),
  },
  {
    eventSource: 'organizations.amazonaws.com',
    eventNames: [
      'EnablePolicyType',
      'DisablePolicyType',
      'EnableAWSServiceAccess',
      'DisableAWSServiceAccess',
    ],
    resourceType: 'AWS::Organizations::Organization',
    source: 'direct',
    global: true,
    // The organization is read as a whole; the call names its root or a service, not the organization.
    identifier: () => undefined,
  },
  {
    eventSource: 'iam.amazonaws.com',
    eventNames: ['UpdateAccountPasswordPolicy', 'DeleteAccountPasswordPolicy'],
    resourceType: 'AWS::IAM::AccountPasswordPolicy',
    source: 'direct',
    global: true,
    identifier: accountOfRecord,
  },
  {
    eventSource: 'logs.amazonaws.com',
    eventNames: [
      'PutRetentionPolicy',
      'DeleteRetentionPolicy',
      'DeleteLogGroup',
      'AssociateKmsKey',
      'DisassociateKmsKey',
    ],
    resourceType: 'AWS::Logs::LogGroup',
    source: 'cloudcontrol',
    global: false,
    identifier: byParameter('logGroupName'),
  },
  {
    eventSource: 'rds.amazonaws.com',
    eventNames: ['ModifyDBParameterGroup', 'ResetDBParameterGroup', 'DeleteDBParameterGroup'],
    resourceType: 'AWS::RDS::DBParameterGroup',
    source: 'cloudcontrol',
    global: false,
    identifier: byParameter('dBParameterGroupName'),
  },
  {
    eventSource: 'elasticloadbalancing.amazonaws.com',
    eventNames: ['ModifyTargetGroup', 'ModifyTargetGroupAttributes', 'DeleteTargetGroup'],
    resourceType: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    source: 'cloudcontrol',
    global: false,
    identifier: byParameter('targetGroupArn'),
  },
  {
    eventSource: 'cloudfront.amazonaws.com',
    eventNames: ['UpdateOriginAccessControl', 'DeleteOriginAccessControl'],
    resourceType: 'AWS::CloudFront::OriginAccessControl',
    source: 'cloudcontrol',
    global: true,
    identifier: byParameter('id'),
  },
  {
    eventSource: 'config.amazonaws.com',
    eventNames: ['PutConfigRule', 'DeleteConfigRule'],
    resourceType: 'AWS::Config::ConfigRule',
    source: 'cloudcontrol',
    global: false,
    identifier: byParameter('configRule.configRuleName', 'configRuleName'),
  },
  {
    eventSource: 'config.amazonaws.com',
    eventNames: ['PutDeliveryChannel', 'DeleteDeliveryChannel'],
    resourceType: 'AWS::Config::DeliveryChannel',
    source: 'direct',
    global: false,
    identifier: byParameter('deliveryChannel.name', 'deliveryChannelName'),
  },
  {
    eventSource: 'lambda.amazonaws.com',
    eventNames: [
      'PutFunctionEventInvokeConfig',
      'UpdateFunctionEventInvokeConfig',
      'DeleteFunctionEventInvokeConfig',
    ],
    namePrefixes: true,
    resourceType: 'AWS::Lambda::EventInvokeConfig',
    source: 'cloudcontrol',
    global: false,
    identifier: eventInvokeConfigIdentifier,
  },
  {
    eventSource: 'sns.amazonaws.com',
    eventNames: ['SetSubscriptionAttributes', 'Unsubscribe'],
    resourceType: 'AWS::SNS::Subscription',
    source: 'cloudcontrol',
    global: false,
    identifier: byParameter('subscriptionArn'),
  },
];

/** The change a record is, or undefined for a call the fast path does not act on (or one that failed). */
export function cloudTrailChangeOf(record: CloudTrailRecord): CloudTrailChange | undefined {
  if (record.errorCode !== undefined && record.errorCode !== null) return undefined;
  return CLOUDTRAIL_CHANGES.find(
    (c) =>
      c.eventSource === record.eventSource &&
      c.eventNames.some((n) => (c.namePrefixes ? record.eventName.startsWith(n) : record.eventName === n)),
  );
}

/**
 * The EventBridge pattern of the successful calls of `changes`: one clause per service, so that a name of one service
 * never matches another's.
 */
export function cloudTrailChangePattern(changes: readonly CloudTrailChange[]): Record<string, unknown> {
  const bySource = new Map<string, { names: Set<string>; prefixes: Set<string> }>();
  for (const c of changes) {
    let entry = bySource.get(c.eventSource);
    if (!entry) bySource.set(c.eventSource, (entry = { names: new Set(), prefixes: new Set() }));
    for (const n of c.eventNames) (c.namePrefixes ? entry.prefixes : entry.names).add(n);
  }
  const clauses = [...bySource].map(([eventSource, { names, prefixes }]) => ({
    eventSource: [eventSource],
    eventName: [...names, ...[...prefixes].map((prefix) => ({ prefix }))],
  }));
  return {
    'detail-type': [CLOUDTRAIL_API_CALL_DETAIL_TYPE],
    detail: {
      // A call AWS refused changed nothing.
      errorCode: [{ exists: false }],
      ...(clauses.length === 1 ? clauses[0] : { $or: clauses }),
    },
  };
}

/**
 * The CloudTrail record an EventBridge "AWS API Call via CloudTrail" event carries in `detail`; undefined for any
 * other event, or a detail without the service and call names.
 */
export function cloudTrailRecordOf(event: unknown): CloudTrailRecord | undefined {
  if (!isRecord(event) || event['detail-type'] !== CLOUDTRAIL_API_CALL_DETAIL_TYPE) return undefined;
  const detail = event['detail'];
  if (
    !isRecord(detail) ||
    text(detail['eventSource']) === undefined ||
    text(detail['eventName']) === undefined
  )
    return undefined;
  return detail as unknown as CloudTrailRecord;
}
