import { applyStacks } from '../apply/terraform-apply';
import { SimulatedIds } from '../simulated-ids';
import { getResourceOutput, listResourcesOutput } from './cloud-control-resource';
import { liveReadFiles } from './live-read-files';
import { readCloudControl, readDirect } from './live-reader';

const scp = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 'organizations:LeaveOrganization', Resource: '*' }],
};

/** An org stack as cdktf synthesizes it: the OU's parent is the root the organization computes. */
const org = {
  name: 'org',
  json: {
    import: [{ to: 'aws_organizations_account.dev', id: '111111111111' }],
    resource: {
      aws_organizations_organization: {
        org: {
          feature_set: 'ALL',
          enabled_policy_types: ['SERVICE_CONTROL_POLICY'],
          aws_service_access_principals: ['config.amazonaws.com'],
        },
      },
      aws_organizations_organizational_unit: {
        workloads: {
          name: 'Workloads',
          parent_id: '${aws_organizations_organization.org.roots[0].id}',
          tags: { team: 'platform' },
        },
      },
      aws_organizations_policy: {
        leave: {
          name: 'DenyLeavingOrganization',
          type: 'SERVICE_CONTROL_POLICY',
          content: JSON.stringify(scp),
        },
      },
      aws_organizations_policy_attachment: {
        root: {
          policy_id: '${aws_organizations_policy.leave.id}',
          target_id: '${aws_organizations_organization.org.roots[0].id}',
        },
        workloads: {
          policy_id: '${aws_organizations_policy.leave.id}',
          target_id: '${aws_organizations_organizational_unit.workloads.id}',
        },
      },
      aws_organizations_account: {
        dev: {
          name: 'dev',
          email: 'aws-dev@example.com',
          parent_id: '${aws_organizations_organizational_unit.workloads.id}',
        },
      },
      aws_iam_account_password_policy: { policy: { minimum_password_length: 14, require_symbols: true } },
      aws_cloudwatch_log_group: { logs: { name: '/app/logs', retention_in_days: 30 } },
    },
  },
};

const ctx = {
  account: '000000000000',
  region: 'eu-west-1',
  ids: new SimulatedIds('live'),
  captureTime: '2026-11-27T08:00:00.000Z',
};
const resources = applyStacks([org], ctx).get('org')!.resources;
const attrs = (address: string) => resources.find((r) => r.address === address)!.attrs;
const root = (attrs('aws_organizations_organization.org').roots as { id: string }[])[0].id;
const ou = String(attrs('aws_organizations_organizational_unit.workloads').id);
const cloudControl = readCloudControl(resources, ctx);
const read = (typeName: string, identifier: string) =>
  cloudControl.find((r) => r.typeName === typeName && r.identifier === identifier)!;

describe('the reads beyond AWS Config of a simulated account', () => {
  it('applies an organization: root and OU ids in their formats, an imported account keeps its id', () => {
    expect(root).toMatch(/^r-[0-9a-f]{4}$/);
    expect(ou).toMatch(new RegExp(`^ou-${root.slice(2)}-[0-9a-f]{8}$`));
    expect(attrs('aws_organizations_account.dev')).toMatchObject({ id: '111111111111', parent_id: ou });
  });

  it('reads a policy with its attachments folded into TargetIds, and lists it as a summary', () => {
    const policy = read('AWS::Organizations::Policy', String(attrs('aws_organizations_policy.leave').id));
    expect(policy.properties).toMatchObject({
      Name: 'DenyLeavingOrganization',
      Content: scp,
      AwsManaged: false,
    });
    expect(policy.properties.TargetIds).toEqual([root, ou]);
    expect(Object.keys(policy.listed).sort()).toEqual([
      'Arn',
      'AwsManaged',
      'Description',
      'Id',
      'Name',
      'Type',
    ]);
  });

  it("adds AWS's own: FullAWSAccess on the root, every OU and account, and the management account", () => {
    expect(read('AWS::Organizations::Policy', 'p-FullAWSAccess').properties).toMatchObject({
      AwsManaged: true,
      TargetIds: [root, ou, '000000000000', '111111111111'],
    });
    expect(read('AWS::Organizations::Account', '000000000000').properties).toMatchObject({
      ParentIds: [root],
    });
    expect(read('AWS::Organizations::Account', '111111111111').properties).toMatchObject({
      ParentIds: [ou],
      AccountName: 'dev',
    });
  });

  it('reads the organization and the password policy directly, in their APIs’ output shapes', () => {
    const direct = readDirect(resources, ctx);
    const organization = direct.find((d) => d.typeName === 'AWS::Organizations::Organization')!;
    expect(organization.output).toMatchObject({
      Organization: { FeatureSet: 'ALL', MasterAccountId: '000000000000' },
      Roots: [{ Id: root, PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }] }],
      EnabledServicePrincipals: [{ ServicePrincipal: 'config.amazonaws.com' }],
    });
    expect(direct.find((d) => d.typeName === 'AWS::IAM::AccountPasswordPolicy')).toMatchObject({
      identifier: '000000000000',
      output: { PasswordPolicy: { MinimumPasswordLength: 14, RequireSymbols: true, ExpirePasswords: false } },
    });
  });

  it('writes GetResource and ListResources outputs with Properties as a JSON string', () => {
    const logs = read('AWS::Logs::LogGroup', '/app/logs');
    expect(getResourceOutput(logs)).toEqual({
      TypeName: 'AWS::Logs::LogGroup',
      ResourceDescription: { Identifier: '/app/logs', Properties: JSON.stringify(logs.properties) },
    });
    expect(JSON.parse(JSON.stringify(logs.properties))).toMatchObject({
      RetentionInDays: 30,
      LogGroupClass: 'STANDARD',
    });
    const list = listResourcesOutput('AWS::Logs::LogGroup', cloudControl) as {
      ResourceDescriptions: unknown[];
    };
    expect(list).not.toHaveProperty('NextToken');
    expect(list.ResourceDescriptions).toHaveLength(1);
  });

  it('keeps listing a type whose last resource is gone, so the inventory proves it deleted', () => {
    const reads = { cloudControl, direct: readDirect(resources, ctx) };
    const withoutLogs = {
      ...reads,
      cloudControl: cloudControl.filter((r) => r.typeName !== 'AWS::Logs::LogGroup'),
    };
    expect(liveReadFiles('000000000000', withoutLogs, reads)['cloudcontrol.eu-west-1.json']).toEqual({
      groundworkInventory: {
        source: 'cloudcontrol',
        accountId: '000000000000',
        region: 'eu-west-1',
        resourceTypes: ['AWS::Logs::LogGroup'],
      },
      items: [],
    });
  });

  it('writes one declared inventory per source and region', () => {
    const files = liveReadFiles('000000000000', { cloudControl, direct: readDirect(resources, ctx) });
    expect(Object.keys(files).sort()).toEqual([
      'cloudcontrol.eu-west-1.json',
      'cloudcontrol.global.json',
      'direct.global.json',
    ]);
    expect(files['cloudcontrol.global.json'].groundworkInventory).toEqual({
      source: 'cloudcontrol',
      accountId: '000000000000',
      region: 'global',
      resourceTypes: [
        'AWS::Organizations::Account',
        'AWS::Organizations::OrganizationalUnit',
        'AWS::Organizations::Policy',
      ],
    });
  });
});

describe('Cloud Control reads of a type AWS Config records', () => {
  const drift = {
    name: 'drift',
    json: {
      provider: { aws: [{ region: 'eu-west-1' }, { alias: 'us-east-1', region: 'us-east-1' }] },
      resource: {
        aws_cloudwatch_event_rule: {
          home: { name: 'home', event_pattern: JSON.stringify({ source: ['aws.config'] }) },
          forward: {
            provider: 'aws.us-east-1',
            name: 'forward',
            event_pattern: JSON.stringify({ source: ['aws.iam'] }),
            tags: { team: 'platform' },
          },
        },
      },
    },
  };
  const applied = applyStacks([drift], ctx).get('drift')!.resources;
  const rules = readCloudControl(applied, ctx).filter((r) => r.typeName === 'AWS::Events::Rule');

  it('reads only the rules outside the recorder’s region, as GetResource models them', () => {
    expect(rules.map((r) => [r.identifier, r.region])).toEqual([
      ['arn:aws:events:us-east-1:000000000000:rule/forward', 'us-east-1'],
    ]);
    expect(rules[0]!.properties).toMatchObject({
      Name: 'forward',
      EventBusName: 'default',
      EventPattern: { source: ['aws.iam'] },
      State: 'ENABLED',
      Targets: [],
      Tags: [{ Key: 'team', Value: 'platform' }],
    });
    // ListRules gives the list handler the primary identifier only.
    expect(rules[0]!.listed).toEqual({ Arn: 'arn:aws:events:us-east-1:000000000000:rule/forward' });
  });
});
