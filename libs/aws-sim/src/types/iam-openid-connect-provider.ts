// AWS::IAM::OIDCProvider (not recorded here).
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
    },
  },
};
