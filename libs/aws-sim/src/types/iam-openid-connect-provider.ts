// AWS::IAM::OIDCProvider, in the CloudFormation-registry shape Config records it (PascalCase; IAM keeps the issuer
// URL without its scheme). A global type: recorded once, with awsRegion "global".
import { configItem, tagsOf } from '../config/config-item';
import type { SimulatedType } from './simulated-type';

export const iamOpenIdConnectProvider: SimulatedType = {
  awsType: 'AWS::IAM::OIDCProvider',
  terraformTypes: {
    aws_iam_openid_connect_provider: {
      taggable: true,
      computed: (v, ctx) => {
        const providerArn = `arn:aws:iam::${ctx.account}:oidc-provider/${String(v.url).replace(/^https:\/\//, '')}`;
        return { id: providerArn, arn: providerArn };
      },
      record: ({ attrs: a }, _lookup, ctx) => {
        const tags = tagsOf(a);
        return configItem(ctx, {
          resourceType: 'AWS::IAM::OIDCProvider',
          resourceId: String(a.arn),
          arn: String(a.arn),
          awsRegion: 'global',
          tags,
          configuration: {
            Arn: a.arn,
            Url: String(a.url).replace(/^https:\/\//, ''),
            ClientIdList: a.client_id_list,
            ThumbprintList: a.thumbprint_list,
            Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
          },
        });
      },
    },
  },
};
