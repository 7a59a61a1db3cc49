import { applyStacks } from '../apply/terraform-apply';
import { SimulatedIds } from '../simulated-ids';
import type { ConfigItem, RecorderContext } from './config-item';
import { awsNoise, recordApplied } from './recorder';

// One stack in us-east-1 and a VPC of 10.30.0.0/16: nothing of eu-west-1 or 10.20.0.0/16 may show.
const stack = {
  name: 'estate',
  json: {
    data: { aws_region: { here: {} }, aws_elb_service_account: { elb: {} } },
    resource: {
      aws_vpc: { main: { cidr_block: '10.30.0.0/16' } },
      aws_subnet: {
        a: { vpc_id: '${aws_vpc.main.id}', cidr_block: '10.30.64.0/24', availability_zone: 'us-east-1b' },
        b: { vpc_id: '${aws_vpc.main.id}', cidr_block: '10.30.65.0/24', availability_zone: 'us-east-1c' },
      },
      aws_eip: { nat: { domain: 'vpc' } },
      aws_nat_gateway: { nat: { allocation_id: '${aws_eip.nat.id}', subnet_id: '${aws_subnet.a.id}' } },
      aws_instance: {
        box: {
          ami: 'ami-1',
          instance_type: 't3.micro',
          subnet_id: '${aws_subnet.b.id}',
          metadata_options: { http_tokens: 'required' },
        },
      },
      aws_default_security_group: {
        d: { vpc_id: '${aws_vpc.main.id}', ingress: [], egress: [], tags: { Name: 'unused' } },
      },
      aws_default_route_table: {
        d: {
          default_route_table_id: '${aws_vpc.main.default_route_table_id}',
          route: [],
          tags: { Name: 'main' },
        },
      },
      aws_db_subnet_group: { g: { name: 'db', subnet_ids: ['${aws_subnet.a.id}', '${aws_subnet.b.id}'] } },
      aws_db_instance: {
        one: {
          identifier: 'one',
          engine: 'postgres',
          engine_version: '17',
          multi_az: true,
          manage_master_user_password: true,
          db_subnet_group_name: '${aws_db_subnet_group.g.name}',
          vpc_security_group_ids: [],
        },
        two: {
          identifier: 'two',
          engine: 'postgres',
          engine_version: '17',
          manage_master_user_password: true,
          db_subnet_group_name: '${aws_db_subnet_group.g.name}',
          vpc_security_group_ids: [],
        },
      },
      aws_lambda_function: {
        fn: {
          function_name: 'fn',
          role: 'arn:aws:iam::111111111111:role/fn',
          handler: 'i.h',
          runtime: 'nodejs22.x',
        },
      },
      aws_lambda_permission: {
        events: {
          function_name: '${aws_lambda_function.fn.function_name}',
          statement_id: 'AllowEvents',
          action: 'lambda:InvokeFunction',
          principal: 'events.amazonaws.com',
          source_arn: '${aws_cloudwatch_event_rule.r.arn}',
        },
      },
      aws_cloudwatch_event_rule: { r: { name: 'r', schedule_expression: 'rate(1 hour)' } },
      aws_cloudwatch_event_target: {
        t: { rule: '${aws_cloudwatch_event_rule.r.name}', arn: '${aws_lambda_function.fn.arn}' },
      },
    },
  },
};

let items: ConfigItem[];
let description: unknown;
let elbAccount: unknown;

beforeAll(() => {
  const ids = new SimulatedIds('recorder-test');
  const applied = applyStacks([stack], { account: '111111111111', region: 'us-east-1', ids });
  const resources = [...applied.values()].flatMap((s) => s.resources);
  const data = [...applied.values()].flatMap((s) => s.dataSources);
  description = data.find((r) => r.address === 'data.aws_region.here')?.attrs.description;
  elbAccount = data.find((r) => r.address === 'data.aws_elb_service_account.elb')?.attrs.id;
  const ctx: RecorderContext = {
    account: '111111111111',
    region: 'us-east-1',
    ids,
    captureTime: '2026-11-27T08:00:00.000Z',
  };
  items = [...recordApplied(resources, ctx), ...awsNoise(resources, ctx)];
});

const ofType = (type: string) => items.filter((i) => i.resourceType === type);
const conf = (item: ConfigItem | undefined) => item?.configuration as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- Config's JSON

describe('the recorder', () => {
  it('reads region facts of the region applied to', () => {
    expect(description).toBe('US East (N. Virginia)');
    expect(elbAccount).toBe('127311923021');
  });

  it('draws private addresses inside the subnet, whatever the VPC', () => {
    expect(conf(ofType('AWS::EC2::NatGateway')[0]).natGatewayAddresses[0].privateIp).toMatch(
      /^10\.30\.64\.\d+$/,
    );
    expect(conf(ofType('AWS::EC2::Instance')[0]).privateIpAddress).toMatch(/^10\.30\.65\.\d+$/);
  });

  it('places each database in its subnet group’s zones and gives each its managed secret', () => {
    const [one, two] = ofType('AWS::RDS::DBInstance');
    expect([conf(one).availabilityZone, conf(one).secondaryAvailabilityZone]).toEqual([
      'us-east-1b',
      'us-east-1c',
    ]);
    expect([conf(two).availabilityZone, conf(two).secondaryAvailabilityZone]).toEqual(['us-east-1b', null]);
    const secrets = ofType('AWS::SecretsManager::Secret').map((s) => s.resourceId);
    expect(secrets).toEqual([conf(one).masterUserSecret.secretArn, conf(two).masterUserSecret.secretArn]);
  });

  it('records a function without tracing_config, and its permissions as its policy', () => {
    const fn = ofType('AWS::Lambda::Function')[0];
    expect(conf(fn)).toMatchObject({
      tracingConfig: { mode: 'PassThrough' },
      memorySize: 128,
      timeout: 3,
      description: '',
    });
    const policy = JSON.parse(String(fn.supplementaryConfiguration.Policy));
    expect(policy.Statement).toEqual([
      expect.objectContaining({
        Sid: 'AllowEvents',
        Principal: { Service: 'events.amazonaws.com' },
        Condition: { ArnLike: { 'AWS:SourceArn': conf(ofType('AWS::Events::Rule')[0]).Arn } },
      }),
    ]);
  });

  it('records the default group and main table taken over with exactly their rules, routes and tags', () => {
    const group = ofType('AWS::EC2::SecurityGroup').find(
      (g) =>
        conf(g).vpcId ===
        conf(ofType('AWS::EC2::VPC').find((v) => conf(v).cidrBlock === '10.30.0.0/16')).vpcId,
    );
    expect(conf(group)).toMatchObject({ groupName: 'default', ipPermissions: [], ipPermissionsEgress: [] });
    expect(group?.tags).toEqual({ Name: 'unused' });
    const main = ofType('AWS::EC2::RouteTable').find((t) => t.tags.Name === 'main');
    expect(conf(main).routes).toEqual([
      expect.objectContaining({ gatewayId: 'local', destinationCidrBlock: '10.30.0.0/16' }),
    ]);
  });

  it('records a rule with the targets put on it', () => {
    const rule = conf(ofType('AWS::Events::Rule')[0]);
    expect(rule.Targets).toEqual([
      { Id: expect.stringMatching(/^terraform-/), Arn: conf(ofType('AWS::Lambda::Function')[0]).functionArn },
    ]);
  });
});
