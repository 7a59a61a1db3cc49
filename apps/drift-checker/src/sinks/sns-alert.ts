// Drift alerts for people: a short subject, a readable body, and the JSON report at the end of the body.
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { DriftAlert } from './drift-alert';
import { describeDifference, subjectLine } from './drift-summary';

/** SNS messages are limited to 256 KiB; keep a margin for attributes and encoding. */
const MAX_MESSAGE_BYTES = 250_000;
const MAX_LISTED_DIFFERENCES = 50;
export const JSON_REPORT_MARKER = '--- JSON report ---';

export function alertSubject(alert: DriftAlert): string {
  const name = alert.resourceName ?? alert.resourceId;
  return subjectLine(
    `Drift ${alert.status}: ${alert.resourceType} ${name}${alert.stack ? ` (${alert.stack})` : ''}`,
  );
}

function jsonReport(alert: DriftAlert, differences: DriftAlert['differences']): string {
  return JSON.stringify({ schemaVersion: 1, ...alert, differences }, null, 2);
}

export function alertBody(alert: DriftAlert): string {
  const lines = [
    alert.status === 'DELETED'
      ? 'A resource that the IaC declares was deleted outside the IaC.'
      : 'A resource was changed outside the IaC.',
    '',
    `Status:     ${alert.status}`,
    `Resource:   ${alert.resourceType} ${alert.resourceId}${alert.resourceName && alert.resourceName !== alert.resourceId ? ` (${alert.resourceName})` : ''}`,
    ...(alert.arn ? [`ARN:        ${alert.arn}`] : []),
    ...(alert.accountId || alert.region
      ? [`Account:    ${alert.accountId ?? '?'} in ${alert.region ?? '?'}`]
      : []),
    `Stack:      ${alert.stack ?? '(none)'}`,
    `Address:    ${alert.address ?? '(none)'}`,
    `Construct:  ${alert.constructPath ?? '(unknown)'}`,
    `Captured:   ${alert.capturedAt}`,
    ...(alert.report ? [`Report:     ${alert.report}`] : []),
  ];
  if (alert.differences.length) {
    lines.push('', `Differences (${alert.differences.length}), expected → actual:`);
    for (const d of alert.differences.slice(0, MAX_LISTED_DIFFERENCES))
      lines.push(`  ~ ${describeDifference(d, 200)}`);
    if (alert.differences.length > MAX_LISTED_DIFFERENCES)
      lines.push(`  … and ${alert.differences.length - MAX_LISTED_DIFFERENCES} more in the JSON report`);
  }
  lines.push(
    '',
    'Fix: apply the IaC again (terraform apply), or change the IaC to match and deploy.',
    '',
    JSON_REPORT_MARKER,
  );
  const text = lines.join('\n');
  // Shrink the JSON report until the message fits; the text part always stays.
  for (let keep = alert.differences.length; ; keep = Math.floor(keep / 2)) {
    const body = `${text}\n${jsonReport(alert, alert.differences.slice(0, keep))}\n`;
    if (Buffer.byteLength(body) <= MAX_MESSAGE_BYTES) return body;
    if (keep === 0) return `${text}\n(JSON report omitted: larger than an SNS message allows)\n`;
  }
}

export async function publishAlert(client: SNSClient, topicArn: string, alert: DriftAlert): Promise<void> {
  await client.send(
    new PublishCommand({
      TopicArn: topicArn,
      Subject: alertSubject(alert),
      Message: alertBody(alert),
      // Attributes for subscription filter policies (for example, only DELETED to the pager).
      MessageAttributes: {
        status: { DataType: 'String', StringValue: alert.status },
        resourceType: { DataType: 'String', StringValue: alert.resourceType },
        ...(alert.stack ? { stack: { DataType: 'String', StringValue: alert.stack } } : {}),
        fingerprint: { DataType: 'String', StringValue: alert.fingerprint },
      },
    }),
  );
}
