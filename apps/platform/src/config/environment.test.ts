import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config-error';
import { loadEnvironment, loadOrg, parseEnvironment, parseOrg } from './environment';

const configDir = join(__dirname, '../../config');
const org = loadOrg(join(configDir, 'org.json'));
const devText = readFileSync(join(configDir, 'dev.json'), 'utf8');

function devWith(change: (doc: Record<string, unknown>) => void): string {
  const doc = JSON.parse(devText) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
}

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return [...err.problems];
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('environment configuration', () => {
  it('loads the committed dev and prod environments with their defaults', () => {
    const dev = loadEnvironment(join(configDir, 'dev.json'), org);
    const prod = loadEnvironment(join(configDir, 'prod.json'), org);
    expect(dev).toMatchObject({ name: 'dev', natMode: 'single', database: { multiAz: false } });
    expect(prod).toMatchObject({
      name: 'prod',
      natMode: 'perAz',
      database: { multiAz: true, deletionProtection: true },
    });
  });

  it('fails when the region is not approved by the region SCP, and says how to fix it', () => {
    expect(
      problemsOf(() =>
        parseEnvironment(
          'dev.json',
          devWith((d) => (d.region = 'ap-south-1')),
          org,
        ),
      ),
    ).toEqual([
      expect.stringMatching(
        /^region: "ap-south-1" is not an approved region \(eu-west-1, eu-central-1, us-east-1\)/,
      ),
    ]);
  });

  it('fails when capacities are out of order', () => {
    const text = devWith(
      (d) => (d.web = { instanceType: 't3.micro', minCapacity: 2, desiredCapacity: 1, maxCapacity: 3 }),
    );
    expect(problemsOf(() => parseEnvironment('dev.json', text, org))).toEqual([
      'web: minCapacity ≤ desiredCapacity ≤ maxCapacity must hold, got 2 ≤ 1 ≤ 3',
    ]);
  });

  it('reports every problem in one pass, each naming the field and what was expected', () => {
    const text = devWith((d) => {
      d.accountId = '1234';
      d.vpcCidr = '10.0.0.1/16';
      d.azCount = 9;
      d.natMode = 'perZone';
      d.bastionAllowedCidrs = ['0.0.0.0/0'];
      d.alertEmails = [];
      d.natGateways = 2;
    });
    expect(problemsOf(() => parseEnvironment('config/dev.json', text, org))).toEqual([
      'accountId: expected a 12-digit AWS account id, got "1234"',
      'vpcCidr: expected an aligned IPv4 CIDR like "10.0.0.0/16" with a prefix from /16 to /24, got "10.0.0.1/16"',
      'azCount: expected a whole number from 2 to 6, got 9',
      'natMode: expected one of "none", "single", "perAz", got "perZone"',
      'bastionAllowedCidrs[0]: expected IPv4 CIDR other than 0.0.0.0/0, got "0.0.0.0/0"',
      'alertEmails: expected a list of at least 1 email address, got []',
      'natGateways: unknown field (known: name, accountId, accountName, accountEmail, organizationalUnit, region, vpcCidr, azCount, natMode, web, app, database, bastionAllowedCidrs, certificateArn, siteDomain, siteCertificateArn, alertEmails, switchRoleTrustedAccountIds)',
    ]);
  });

  it('reports checks across fields beside the field problems, and names nested and missing fields', () => {
    const text = devWith((d) => {
      d.region = 'ap-south-1';
      d.accountId = 1234;
      d.app = { instanceType: 't3.micro', minCapacity: 3, desiredCapacity: 1, maxCapacity: 2 };
      d.database = { ...(d.database as object), multiAz: 'yes', engine: 'postgres' };
      delete d.certificateArn;
    });
    expect(problemsOf(() => parseEnvironment('config/dev.json', text, org))).toEqual([
      'accountId: expected a 12-digit AWS account id, got 1234',
      expect.stringMatching(/^region: "ap-south-1" is not an approved region/),
      'app: minCapacity ≤ desiredCapacity ≤ maxCapacity must hold, got 3 ≤ 1 ≤ 2',
      'database.multiAz: expected true or false, got "yes"',
      'database.engine: unknown field (known: instanceClass, allocatedStorageGb, multiAz, deletionProtection, backupRetentionDays)',
      'certificateArn: expected an ACM certificate ARN, got nothing',
    ]);
  });

  it('does not check the capacity order of a tier whose capacities are themselves wrong', () => {
    const text = devWith(
      (d) => (d.web = { instanceType: 't3.micro', minCapacity: 'two', desiredCapacity: 1, maxCapacity: 3 }),
    );
    expect(problemsOf(() => parseEnvironment('dev.json', text, org))).toEqual([
      'web.minCapacity: expected a whole number from 0 to 1000, got "two"',
    ]);
  });

  it('names a section that is not an object', () => {
    expect(
      problemsOf(() =>
        parseEnvironment(
          'dev.json',
          devWith((d) => (d.web = 5)),
          org,
        ),
      ),
    ).toEqual(['web: expected the web tier: instanceType, minCapacity, desiredCapacity, maxCapacity, got 5']);
  });

  it('names the file in the error message', () => {
    expect(() => parseEnvironment('config/dev.json', '{"name": ', org)).toThrow(
      /^config\/dev.json: 1 problem\(s\)\n {2}- not valid JSON/,
    );
    expect(() => parseEnvironment('config/dev.json', '[]', org)).toThrow(
      'expected a JSON object at the top level',
    );
  });

  it('fails when the name does not match the file', () => {
    expect(problemsOf(() => parseEnvironment('config/staging.json', devText, org))).toEqual([
      'name: "dev" does not match the file name "staging.json"; rename one of them',
    ]);
  });

  it('validates the organization settings', () => {
    const text = JSON.stringify({
      ...org,
      approvedRegions: [],
      github: { repository: 'nope', deployBranch: 'main' },
    });
    expect(problemsOf(() => parseOrg('org.json', text))).toEqual([
      'approvedRegions: expected a list of at least 1 AWS region, got []',
      'github.repository: expected "owner/name", got "nope"',
    ]);
  });

  it('takes the organization drift settings as optional, and names each bad one', () => {
    const { organizationDrift: _absent, ...withoutDrift } = org;
    expect(parseOrg('org.json', JSON.stringify(withoutDrift)).organizationDrift).toBeUndefined();
    const text = JSON.stringify({
      ...org,
      organizationDrift: { auditAccountId: '12345', organizationId: 'acme', alertEmails: [], extra: 1 },
    });
    expect(problemsOf(() => parseOrg('org.json', text))).toEqual([
      'organizationDrift.auditAccountId: expected a 12-digit AWS account id, got "12345"',
      'organizationDrift.organizationId: expected an AWS Organizations id like "o-abcd123456" (aws organizations describe-organization), got "acme"',
      'organizationDrift.alertEmails: expected a list of at least 1 email address, got []',
      'organizationDrift.extra: unknown field (known: auditAccountId, organizationId, alertEmails)',
    ]);
  });
});
