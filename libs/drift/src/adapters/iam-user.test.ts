import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';

describe('AWS::IAM::User adapter (real select item)', () => {
  it('reads the real select-form user (tags in {value,key} order) and checks membership for presence', () => {
    const raw = JSON.parse(
      (
        awsConfigExample('custodian-placebo-SelectResourceConfig-iam-user.json') as {
          data: { Results: string[] };
        }
      ).data.Results[0],
    );
    const user = configItem('AWS::IAM::User', 'AIDAIFSHVFT46NXYGWMEI', raw.configuration, {
      resourceName: 'faizan.ahmed',
    });
    const engine = engineFor({
      iam: {
        resources: {
          aws_iam_user: { u: { name: 'faizan.ahmed', tags: { Owner: 'Samson.Shi' } } },
          aws_iam_user_group_membership: {
            m: { user: '${aws_iam_user.u.name}', groups: ['Admins', 'Auditors'] },
          },
        },
      },
    });
    expect(engine.checkItem(user).differences).toEqual([
      { path: 'groups', expected: 'Auditors', actual: undefined, type: 'REMOVE' },
    ]);
  });
});
