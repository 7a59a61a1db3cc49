// The drift checker's role policy: exactly what the handler calls, on named ARNs wherever the action allows it.
import type { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import {
  CLOUD_CONTROL_READ_ACTIONS,
  CLOUD_CONTROL_READ_PERMISSIONS,
  DIRECT_READ_PERMISSIONS,
} from '@groundwork/drift';

export interface FunctionPolicyInputs {
  readonly partition: string;
  readonly region: string;
  readonly iacBucket: string;
  readonly iacPrefix: string;
  readonly stateBucket: string;
  readonly statePrefix: string;
  readonly topicArn: string;
  readonly busArn: string;
  readonly logGroupArn: string;
  readonly deadLetterQueueArn: string;
  readonly bucketKmsKeyArns: readonly string[];
  /** The types read through Cloud Control, and directly (each in DRIFT's read-permission tables). */
  readonly cloudControlTypes: readonly string[];
  readonly directTypes: readonly string[];
  /** Where the sweep writes its HTML report, when it does. */
  readonly report: {
    readonly bucket: string;
    readonly prefix: string;
    readonly kmsKeyArn: string | null;
  } | null;
  /** The queue Config's notifications are delivered to, when the function reads one. */
  readonly configQueueArn: string | null;
}

/** The read actions of the types, each once, in the tables' order. */
export function readActions(
  types: readonly string[],
  table: Readonly<Record<string, { readonly actions: readonly string[] }>>,
): string[] {
  return [...new Set(types.flatMap((t) => table[t]?.actions ?? []))];
}

export function functionPolicyStatements(p: FunctionPolicyInputs): DataAwsIamPolicyDocumentStatement[] {
  const statements: DataAwsIamPolicyDocumentStatement[] = [
    {
      sid: 'ConfigEvaluateAndRead',
      // These four Config actions support no resource-level permissions: "*" is the narrowest AWS accepts.
      actions: [
        'config:PutEvaluations',
        'config:GetResourceConfigHistory',
        'config:BatchGetResourceConfig',
        'config:ListDiscoveredResources',
      ],
      resources: ['*'],
    },
    {
      sid: 'ReadPublishedIacAndState',
      actions: ['s3:GetObject'],
      resources: [
        ...new Set([
          `arn:${p.partition}:s3:::${p.iacBucket}/${p.iacPrefix}*`,
          `arn:${p.partition}:s3:::${p.stateBucket}/${p.statePrefix}*`,
        ]),
      ],
    },
    { sid: 'PublishDriftAlerts', actions: ['sns:Publish'], resources: [p.topicArn] },
    { sid: 'PutDriftEvents', actions: ['events:PutEvents'], resources: [p.busArn] },
    // What Lambda itself needs to run the function: its own log streams, and its DLQ for failed async events.
    {
      sid: 'WriteOwnLogs',
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resources: [`${p.logGroupArn}:*`],
    },
    { sid: 'DeadLetterFailedEvents', actions: ['sqs:SendMessage'], resources: [p.deadLetterQueueArn] },
  ];
  // The types AWS Config does not record: Cloud Control (its own two actions, and what each type's read and list
  // handlers call with the caller's credentials) and the direct reads. Describe, Get and List calls only; none of
  // them supports resource-level permissions for listing, so they are on "*".
  if (p.cloudControlTypes.length)
    statements.push({
      sid: 'ReadThroughCloudControl',
      actions: [...CLOUD_CONTROL_READ_ACTIONS],
      resources: ['*'],
    });
  const serviceReads = [
    ...new Set([
      ...readActions(p.cloudControlTypes, CLOUD_CONTROL_READ_PERMISSIONS),
      ...readActions(p.directTypes, DIRECT_READ_PERMISSIONS),
    ]),
  ];
  if (serviceReads.length)
    statements.push({ sid: 'ReadTypesBesideConfig', actions: serviceReads, resources: ['*'] });
  if (p.report) {
    statements.push({
      sid: 'WriteHtmlReports',
      actions: ['s3:PutObject'],
      resources: [`arn:${p.partition}:s3:::${p.report.bucket}/${p.report.prefix}*`],
    });
    if (p.report.kmsKeyArn)
      statements.push({
        sid: 'EncryptHtmlReports',
        actions: ['kms:GenerateDataKey'],
        resources: [p.report.kmsKeyArn],
        condition: [
          { test: 'StringEquals', variable: 'kms:ViaService', values: [`s3.${p.region}.amazonaws.com`] },
        ],
      });
  }
  if (p.configQueueArn)
    statements.push({
      sid: 'ReceiveConfigNotifications',
      // What Lambda's event source mapping calls with the function's role.
      actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      resources: [p.configQueueArn],
    });
  if (p.bucketKmsKeyArns.length)
    statements.push({
      sid: 'DecryptIacAndStateObjects',
      actions: ['kms:Decrypt'],
      resources: [...p.bucketKmsKeyArns],
      condition: [
        { test: 'StringEquals', variable: 'kms:ViaService', values: [`s3.${p.region}.amazonaws.com`] },
      ],
    });
  return statements;
}
