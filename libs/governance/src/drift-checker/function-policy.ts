// The drift checker's role policy: exactly what the handler calls, on named ARNs wherever the action allows it.
import type { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';

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
