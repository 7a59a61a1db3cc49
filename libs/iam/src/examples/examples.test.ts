import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { identityExample } from './identity-example';
import { organizationExample } from './organization-example';
import { rolesExample } from './roles-example';

describe('README examples', () => {
  const identity = synthConstruct((s) => identityExample(s));
  const roles = synthConstruct((s) => {
    const secret = new SecretsmanagerSecret(s, 'db-secret', { name: 'app/db' });
    rolesExample(s, secret.arn);
  });
  const organization = synthConstruct((s) => organizationExample(s));

  it('synthesize the resources they describe', () => {
    expect(identity.countByType()).toMatchObject({
      aws_iam_group: 3,
      aws_iam_user: 3,
      aws_iam_user_login_profile: 2,
      aws_iam_role: 2,
    });
    expect(identity.resources('aws_iam_access_key')).toHaveLength(0);
    expect(roles.countByType()).toMatchObject({
      aws_iam_role: 3,
      aws_iam_instance_profile: 1,
      aws_iam_openid_connect_provider: 1,
      aws_iam_role_policy: 1,
    });
    expect(organization.countByType()).toMatchObject({
      aws_organizations_organization: 1,
      aws_organizations_organizational_unit: 6,
      aws_organizations_account: 2,
      aws_organizations_policy: 7,
      aws_organizations_policy_attachment: 11,
    });
  });

  it.each(['identity-example.ts', 'roles-example.ts', 'organization-example.ts'])(
    'are shown in the README as they are: %s',
    (file) => {
      const source = readFileSync(join(__dirname, file), 'utf8');
      const example = source.slice(source.indexOf('export function'));
      expect(example.length).toBeGreaterThan(100);
      expect(readFileSync(join(__dirname, '../../README.md'), 'utf8')).toContain(example);
    },
  );

  itPassesTerraform('pass terraform validate and a mock apply', () => [
    { name: 'identity', config: identity.json },
    { name: 'roles', config: roles.json },
    { name: 'organization', config: organization.json },
  ]);
});
