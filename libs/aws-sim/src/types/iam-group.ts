// AWS::IAM::Group, with its inline policies and managed-policy attachments.
import { configItem, CREATED_AT } from '../config/config-item';
import { CREATE_DATE } from './helpers';
import { iamEncode } from './iam-common';
import type { SimulatedType } from './simulated-type';

export const iamGroup: SimulatedType = {
  awsType: 'AWS::IAM::Group',
  terraformTypes: {
    aws_iam_group: {
      computed: (v, ctx) => ({
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:group${v.path ?? '/'}${v.name}`,
        unique_id: `AGPA${ctx.ids.upper(17)}`,
        path: v.path ?? '/',
      }),
      record: ({ attrs: a }, lookup, ctx) =>
        configItem(ctx, {
          resourceType: 'AWS::IAM::Group',
          resourceId: String(a.unique_id),
          resourceName: String(a.name),
          arn: String(a.arn),
          awsRegion: 'global',
          configuration: {
            path: a.path,
            groupName: a.name,
            groupId: a.unique_id,
            arn: a.arn,
            createDate: CREATED_AT,
            groupPolicyList: lookup('aws_iam_group_policy', (p) => p.group === a.name).map((p) => ({
              policyName: p.attrs.name,
              policyDocument: iamEncode(String(p.attrs.policy)),
            })),
            attachedManagedPolicies: lookup('aws_iam_group_policy_attachment', (p) => p.group === a.name).map(
              (p) => ({
                policyName: String(p.attrs.policy_arn).split('/').pop(),
                policyArn: p.attrs.policy_arn,
              }),
            ),
          },
        }),
    },
    aws_iam_group_policy_attachment: {
      computed: (v, ctx) => ({ id: `${v.group}-${CREATE_DATE.replace(/\D/g, '')}${ctx.ids.hex(8)}` }),
    },
  },
};
