// AWS::IAM::Policy: a customer managed policy and the roles and groups it is attached to.
import { configItem, CREATED_AT, tagsOf } from '../config/config-item';
import { iamEncode } from './iam-common';
import type { SimulatedType } from './simulated-type';

export const iamPolicy: SimulatedType = {
  awsType: 'AWS::IAM::Policy',
  terraformTypes: {
    aws_iam_policy: {
      taggable: true,
      generatedName: {},
      computed: (v, ctx) => {
        const policyArn = `arn:aws:iam::${ctx.account}:policy${v.path ?? '/'}${v.name}`;
        return {
          id: policyArn,
          arn: policyArn,
          policy_id: `ANPA${ctx.ids.upper(17)}`,
          path: v.path ?? '/',
          description: v.description ?? '',
          attachment_count: 0,
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const tags = tagsOf(a);
        const attachments = ['aws_iam_role_policy_attachment', 'aws_iam_group_policy_attachment'].flatMap(
          (t) => lookup(t, (p) => p.policy_arn === a.arn),
        );
        return configItem(ctx, {
          resourceType: 'AWS::IAM::Policy',
          resourceId: String(a.policy_id),
          resourceName: String(a.name),
          arn: String(a.arn),
          awsRegion: 'global',
          tags,
          configuration: {
            policyName: a.name,
            policyId: a.policy_id,
            arn: a.arn,
            path: a.path,
            defaultVersionId: 'v1',
            attachmentCount: attachments.length,
            permissionsBoundaryUsageCount: 0,
            isAttachable: true,
            description: a.description,
            createDate: CREATED_AT,
            updateDate: CREATED_AT,
            policyVersionList: [
              {
                document: iamEncode(String(a.policy)),
                versionId: 'v1',
                isDefaultVersion: true,
                createDate: CREATED_AT,
              },
            ],
          },
        });
      },
    },
  },
};
