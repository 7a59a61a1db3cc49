// Policy of the key that encrypts the drift checker's logs and alert topic.
import type { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';

export interface KeyPolicyInputs {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  readonly logGroupName: string;
  readonly functionRoleArn: string;
}

export function keyPolicyStatements(p: KeyPolicyInputs): DataAwsIamPolicyDocumentStatement[] {
  const root = `arn:${p.partition}:iam::${p.accountId}:root`;
  return [
    {
      sid: 'AccountAdministersKey',
      principals: [{ type: 'AWS', identifiers: [root] }],
      actions: ['kms:*'],
      resources: ['*'],
    },
    {
      sid: 'LogsEncryptOwnLogGroup',
      principals: [{ type: 'Service', identifiers: [`logs.${p.region}.amazonaws.com`] }],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      condition: [
        {
          test: 'ArnEquals',
          variable: 'kms:EncryptionContext:aws:logs:arn',
          values: [`arn:${p.partition}:logs:${p.region}:${p.accountId}:log-group:${p.logGroupName}`],
        },
      ],
    },
    {
      // Publishing to an encrypted topic needs the data key; granted here, only through SNS, so the function's own
      // policy stays at the actions it calls.
      sid: 'FunctionPublishesEncrypted',
      principals: [{ type: 'AWS', identifiers: [p.functionRoleArn] }],
      actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      resources: ['*'],
      condition: [
        { test: 'StringEquals', variable: 'kms:ViaService', values: [`sns.${p.region}.amazonaws.com`] },
      ],
    },
    {
      sid: 'AlarmsPublishEncrypted',
      principals: [{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com'] }],
      actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      resources: ['*'],
      condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [p.accountId] }],
    },
  ];
}
