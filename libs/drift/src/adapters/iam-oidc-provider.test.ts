import { configItem, engineFor } from '../fixtures/harness';
import { pathsMissingFromInventory } from '../fixtures/property-inventory';

const arn = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
// The GitHub Actions provider as Config records it: the CloudFormation-registry shape, the URL without its scheme.
const provider = {
  Arn: arn,
  Url: 'token.actions.githubusercontent.com',
  ClientIdList: ['sts.amazonaws.com'],
  ThumbprintList: ['6938FD4D98BAB03FAADB97B34396831E3780AEA1', '1c58a3a8518e8759bf075b76b750d4f2df264fcd'],
};
const item = (c: Record<string, unknown>) =>
  configItem('AWS::IAM::OIDCProvider', arn, c, { awsRegion: 'global', tags: { team: 'platform' } });

describe('AWS::IAM::OIDCProvider adapter', () => {
  const engine = engineFor({
    identity: {
      resources: {
        aws_iam_openid_connect_provider: {
          github: {
            url: 'https://token.actions.githubusercontent.com',
            client_id_list: ['sts.amazonaws.com'],
            thumbprint_list: [
              '6938fd4d98bab03faadb97b34396831e3780aea1',
              '1c58a3a8518e8759bf075b76b750d4f2df264fcd',
            ],
            tags: { team: 'platform' },
          },
        },
      },
      state: { 'aws_iam_openid_connect_provider.github': { id: arn, arn } },
    },
  });

  it('builds on an item that uses the field inventory’s names', () => {
    expect(pathsMissingFromInventory('AWS::IAM::OIDCProvider', provider)).toEqual([]);
  });

  it('is IN_SYNC: the URL with or without https://, thumbprints in any case', () => {
    expect(engine.checkItem(item(provider))).toMatchObject({ status: 'IN_SYNC', differences: [] });
  });

  it('reports an audience added by hand and a thumbprint replaced', () => {
    const changed = {
      ...provider,
      ClientIdList: ['sts.amazonaws.com', 'https://github.com/attacker'],
      ThumbprintList: [provider.ThumbprintList[0], 'ffffffffffffffffffffffffffffffffffffffff'],
    };
    expect(engine.checkItem(item(changed)).differences.map((d) => [d.path, d.type])).toEqual([
      ['client_id_list', 'ADD'],
      ['thumbprint_list', 'REMOVE'],
      ['thumbprint_list', 'ADD'],
    ]);
  });
});
