// Policy of the key that encrypts the sweep functions' logs and the digest topic.
import type { DataAwsIamPolicyDocumentStatement } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';

export interface OrganizationKeyPolicyInputs {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
  /** Every sweep function's log group starts with this. */
  readonly logGroupPrefix: string;
  /** The reducer's role, which publishes the digest to the encrypted topic. */
  readonly publisherRoleArn: string;
}

export function organizationKeyPolicy(p: OrganizationKeyPolicyInputs): DataAwsIamPolicyDocumentStatement[] {
  return [
    {
      sid: 'AccountAdministersKey',
      principals: [{ type: 'AWS', identifiers: [`arn:${p.partition}:iam::${p.accountId}:root`] }],
      actions: ['kms:*'],
      resources: ['*'],
    },
    {
      sid: 'LogsEncryptSweepLogGroups',
      principals: [{ type: 'Service', identifiers: [`logs.${p.region}.amazonaws.com`] }],
      actions: ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'],
      resources: ['*'],
      condition: [
        {
          test: 'ArnLike',
          variable: 'kms:EncryptionContext:aws:logs:arn',
          values: [`arn:${p.partition}:logs:${p.region}:${p.accountId}:log-group:${p.logGroupPrefix}*`],
        },
      ],
    },
    {
      sid: 'ReducerPublishesEncrypted',
      principals: [{ type: 'AWS', identifiers: [p.publisherRoleArn] }],
      actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
      resources: ['*'],
      condition: [
        { test: 'StringEquals', variable: 'kms:ViaService', values: [`sns.${p.region}.amazonaws.com`] },
      ],
    },
  ];
}
