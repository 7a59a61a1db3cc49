import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import {
  bucketsExample,
  databaseExample,
  mysqlSandboxExample,
  secretExample,
  staticSiteExample,
} from './examples';

// With manage_master_user_password, RDS fills master_user_secret with the secret it created; the mock
// provider would leave the list empty.
const rdsManagedSecret = {
  aws_db_instance: {
    master_user_secret: [
      {
        secret_arn: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:rds!db-0a1b2c3d-AbCdEf',
        kms_key_id: 'arn:aws:kms:us-east-1:123456789012:key/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
        secret_status: 'active',
      },
    ],
  },
};

const examples = {
  buckets: bucketsExample,
  static_site: staticSiteExample,
  database: databaseExample,
  mysql_sandbox: mysqlSandboxExample,
  secret: secretExample,
};

describe('README examples', () => {
  it.each(Object.entries(examples))('%s synthesizes', (_name, build) => {
    expect(() => synthConstruct((s) => void build(s))).not.toThrow();
  });

  itPassesTerraform(
    'every example passes terraform validate and a mock apply',
    () =>
      Object.entries(examples).map(([name, build]) => ({
        name,
        config: synthConstruct((s) => void build(s)).json,
      })),
    { mockOverrides: { resources: rdsManagedSecret } },
  );
});
