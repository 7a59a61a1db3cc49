// Loads the captured AWS Config payloads under src/fixtures/aws-config and builds variants of them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..', 'fixtures', 'aws-config');

export function fixture<T extends object = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(dir, name), 'utf8')) as T;
}

export const RULE_CHANGE_SG = 'custodian-rule-event-ConfigurationItemChangeNotification-security-group.json';
export const RULE_CHANGE_EC2 = 'awsdocs-rule-event-ConfigurationItemChangeNotification-ec2-instance.json';
export const RULE_CHANGE_ELB =
  'custodian-rule-event-ConfigurationItemChangeNotification-elbv2-loadbalancer-with-diff.json';
export const RULE_OVERSIZED =
  'awsdocs-rule-event-OversizedConfigurationItemChangeNotification-ec2-instance.json';
export const RULE_SCHEDULED_DOCS = 'awsdocs-rule-event-ScheduledNotification.json';
export const RULE_SCHEDULED = 'custodian-rule-event-ScheduledNotification.json';
export const EVENTBRIDGE_SQS = 'custodian-eventbridge-ConfigConfigurationItemChange-sqs-queue.json';
export const HISTORY_IAM_ROLE = 'custodian-placebo-GetResourceConfigHistory-iam-role.json';
export const HISTORY_EBS_DELETED = 'custodian-placebo-GetResourceConfigHistory-ebs-volume-deleted.json';
export const LIST_ECS = 'custodian-placebo-ListDiscoveredResources-ecs-service.json';
export const BATCH_GET_CUSTOM = 'awsdocs-cli-BatchGetResourceConfig-custom-resource-type.json';
export const INVOKING_EVENT_ONLY_S3 = 'custodian-rule-invokingEvent-only-s3-bucket.json';
export const SQS_RECEIVED_SNS_S3_DELETED =
  'custodian-placebo-sqs-ReceiveMessage-sns-notification-s3-bucket-deleted.json';
export const SNS_NOTIFICATION_EC2 =
  'awsdocs-sns-notification-ConfigurationItemChangeNotification-ec2-instance.json';
export const SNS_NOTIFICATION_COMPLIANCE = 'awsdocs-sns-notification-ComplianceChangeNotification.json';

/** A rule invocation with its invokingEvent parsed, changed by `edit`, and serialized again. */
export function editInvokingEvent(
  event: Record<string, unknown>,
  edit: (invoking: Record<string, unknown>) => void,
): Record<string, unknown> {
  const invoking = JSON.parse(event.invokingEvent as string) as Record<string, unknown>;
  edit(invoking);
  return { ...event, invokingEvent: JSON.stringify(invoking) };
}

/** Placebo writes datetimes as objects; the real API (JSON protocol) sends epoch seconds. */
export function placeboToWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(placeboToWire);
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (o.__class__ === 'datetime') {
      const ms = Date.UTC(
        o.year as number,
        (o.month as number) - 1,
        o.day as number,
        o.hour as number,
        o.minute as number,
        o.second as number,
      );
      return ms / 1000 + ((o.microsecond as number) ?? 0) / 1e6;
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, placeboToWire(v)]));
  }
  return value;
}
