import { configItem, engineFor, type StackSpec } from '../fixtures/harness';
import { parseIac } from '../iac/parse-iac';
import { DriftEngine } from './drift-engine';
import { parseDriftIgnore } from '../ignore/drift-ignore';

const vpcItem = (id: string, extra: Record<string, unknown> = {}, tags: Record<string, string> = {}) =>
  configItem(
    'AWS::EC2::VPC',
    id,
    { vpcId: id, cidrBlock: '10.0.0.0/16', isDefault: false, ...extra },
    { tags },
  );

const network: StackSpec = {
  defaultTags: { 'iac:stack': 'network', Team: 'platform' },
  resources: {
    aws_vpc: { main: { cidr_block: '10.0.0.0/16', tags: { Name: 'main' } } },
    aws_subnet: { a: { vpc_id: '${aws_vpc.main.id}', cidr_block: '10.0.1.0/24' } },
    aws_s3_bucket_notification: { events: { bucket: 'logs' } },
    random_id: { r: { byte_length: 4 } },
  },
  state: {
    'aws_vpc.main': { id: 'vpc-1' },
    'aws_subnet.a': { id: 'subnet-1' },
    'aws_s3_bucket_notification.events': { id: 'logs' },
  },
};
const tags = { 'iac:stack': 'network', Team: 'platform', Name: 'main' };

describe('DriftEngine.check', () => {
  it('reports every status with coverage, omitting AWS defaults and non-AWS resources', () => {
    const report = engineFor({ network }).check([
      vpcItem('vpc-1', {}, { ...tags, 'aws:cloudformation:stack-id': 'x' }),
      vpcItem('vpc-default', { isDefault: true }),
      vpcItem('vpc-stray'),
    ]);
    expect(report.resources.map((r) => [r.status, r.address ?? r.resourceId])).toEqual([
      ['NOT_CHECKED', 'aws_s3_bucket_notification.events'],
      ['NOT_CHECKED', 'aws_subnet.a'],
      ['IN_SYNC', 'aws_vpc.main'],
      ['UNMANAGED', 'vpc-stray'],
    ]);
    expect(report.resources[1].reason).toBe(
      'no complete inventory of AWS::EC2::Subnet in account 111122223333, eu-west-1 (config): a partial input proves nothing about absent resources',
    );
    expect(report.summary).toEqual({
      total: 4,
      inSync: 1,
      modified: 0,
      deleted: 0,
      unmanaged: 1,
      notChecked: 2,
      coverage: 0.3333,
      coverageBySource: { config: 0.5 },
    });
  });

  it("treats the default VPC's internet gateway as an AWS default, on both paths, unless strict", () => {
    const igw = (id: string, vpcId: string) =>
      configItem('AWS::EC2::InternetGateway', id, {
        internetGatewayId: id,
        attachments: [{ state: 'available', vpcId }],
      });
    const items = [vpcItem('vpc-1', {}, tags), vpcItem('vpc-default', { isDefault: true })];
    const statusOf = (report: ReturnType<ReturnType<typeof engineFor>['check']>, id: string) =>
      report.resources.find((r) => r.resourceId === id)?.status;
    const report = engineFor({ network }).check([
      ...items,
      igw('igw-default', 'vpc-default'),
      igw('igw-x', 'vpc-1'),
    ]);
    expect(statusOf(report, 'igw-default')).toBeUndefined();
    expect(statusOf(report, 'igw-x')).toBe('UNMANAGED');
    const strict = engineFor({ network }, { strict: true }).check([
      ...items,
      igw('igw-default', 'vpc-default'),
    ]);
    expect(statusOf(strict, 'igw-default')).toBe('UNMANAGED');

    const events = engineFor({ network });
    expect(events.checkItem(igw('igw-default', 'vpc-default')).status).toBe('UNMANAGED');
    events.checkItem(items[1]);
    expect(events.checkItem(igw('igw-default', 'vpc-default'))).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'AWS-created default: the internet gateway of the default VPC vpc-default',
    });
  });

  it('calls a missing resource DELETED only where a complete inventory of its type proves it', () => {
    const subnet = configItem('AWS::EC2::Subnet', 'subnet-other', {
      cidrBlock: '10.9.0.0/24',
      defaultForAz: true,
    });
    const subnetA = (report: ReturnType<ReturnType<typeof engineFor>['check']>) =>
      report.resources.find((r) => r.address === 'aws_subnet.a');
    // Other subnets in the input are no proof: an event or a history holds some items of a type, not all.
    const partial = engineFor({ network }).check([vpcItem('vpc-1', {}, tags), subnet]);
    expect(subnetA(partial)?.status).toBe('NOT_CHECKED');
    const inventory = {
      source: 'config',
      accountId: '111122223333',
      region: 'eu-west-1',
      resourceTypes: ['AWS::EC2::Subnet'],
    } as const;
    const byInventory = engineFor({ network }).check([vpcItem('vpc-1', {}, tags), subnet], [inventory]);
    expect(subnetA(byInventory)).toMatchObject({
      status: 'DELETED',
      resourceId: 'subnet-1',
      reason: 'no AWS::EC2::Subnet item for it in the complete inventory of account 111122223333, eu-west-1',
    });
    const byRecorder = engineFor(
      { network },
      {
        inventories: [
          { source: 'config', accountId: null, region: null, resourceTypes: ['AWS::EC2::Subnet'] },
        ],
      },
    ).check([vpcItem('vpc-1', {}, tags)]);
    expect(byRecorder.resources.find((r) => r.address === 'aws_subnet.a')?.status).toBe('DELETED');
  });

  it('does not report a ResourceNotRecorded item (no configuration) as drift or its siblings as deleted', () => {
    const notRecorded = (id: string, itemTags: Record<string, string>) =>
      configItem('AWS::EC2::VPC', id, null, {
        configurationItemStatus: 'ResourceNotRecorded',
        tags: itemTags,
      });
    const subnetSpec: StackSpec = {
      ...network,
      resources: { ...network.resources, aws_vpc: {} },
      state: { 'aws_subnet.a': { id: 'subnet-1' } },
    };
    const engine = engineFor({ network });
    const report = engine.check([notRecorded('vpc-1', tags)]);
    expect(report.resources.find((r) => r.address === 'aws_vpc.main')).toMatchObject({
      status: 'NOT_CHECKED',
      differences: [],
      reason: 'AWS Config recorded ResourceNotRecorded with no configuration to compare',
    });
    expect(report.summary.modified).toBe(0);
    expect(engine.checkItem(notRecorded('vpc-1', tags)).status).toBe('NOT_CHECKED');
    // An unmanaged item without configuration might be the default VPC: it cannot be told, so it is left out.
    expect(engine.check([notRecorded('vpc-x', {})]).summary.unmanaged).toBe(0);
    // Only the recorder's real items are evidence that a missing resource of the type was deleted.
    const other = engineFor({ network: subnetSpec }).check([
      configItem('AWS::EC2::Subnet', 'subnet-9', null, { configurationItemStatus: 'ResourceNotRecorded' }),
    ]);
    expect(other.resources.find((r) => r.address === 'aws_subnet.a')?.status).toBe('NOT_CHECKED');
  });

  it("leaves out the tags the provider's ignore_tags covers, on both sides, as Terraform does", () => {
    const vpc = (ignoreTags: Record<string, string[]> | undefined) => {
      const provider = { region: 'eu-west-1', ...(ignoreTags ? { ignore_tags: [ignoreTags] } : {}) };
      return new DriftEngine(
        parseIac([
          {
            path: 'network.tf.json',
            content: JSON.stringify({
              provider: { aws: [provider] },
              resource: {
                aws_vpc: { main: { cidr_block: '10.0.0.0/16', tags: { Name: 'main', Owner: 'iac' } } },
              },
            }),
          },
        ]),
        undefined,
      );
    };
    const live = configItem(
      'AWS::EC2::VPC',
      'vpc-1',
      { vpcId: 'vpc-1', cidrBlock: '10.0.0.0/16' },
      {
        tags: {
          Name: 'main',
          Owner: 'someone',
          'kubernetes.io/cluster/eks': 'shared',
          'iac:address': 'aws_vpc.main',
          'iac:stack': 'network',
        },
      },
    );
    const without = vpc(undefined).checkItem(live);
    expect(without.differences.map((d) => d.path).sort()).toEqual([
      'tags.Owner',
      'tags.iac:address',
      'tags.iac:stack',
      'tags.kubernetes.io/cluster/eks',
    ]);
    const ignoring = vpc({ keys: ['Owner', 'iac:address', 'iac:stack'], key_prefixes: ['kubernetes.io/'] });
    expect(ignoring.checkItem(live)).toMatchObject({ status: 'IN_SYNC', differences: [] });
    // A tag the IaC sets and nothing ignores is still compared.
    const renamed = { ...live, tags: { ...live.tags, Name: 'other' } };
    expect(ignoring.checkItem(renamed).differences.map((d) => d.path)).toEqual(['tags.Name']);
  });

  it('keeps the newest of several history items for one resource', () => {
    const old = configItem(
      'AWS::EC2::VPC',
      'vpc-1',
      { cidrBlock: '10.0.0.0/16' },
      { tags, configurationItemCaptureTime: '2026-01-01T00:00:00Z' },
    );
    const now = configItem(
      'AWS::EC2::VPC',
      'vpc-1',
      { cidrBlock: '10.1.0.0/16' },
      { tags, configurationItemCaptureTime: '2026-02-01T00:00:00Z' },
    );
    const report = engineFor({ network }).check([now, old]);
    expect(report.resources.find((r) => r.address === 'aws_vpc.main')?.status).toBe('MODIFIED');
    expect(report.summary.modified).toBe(1);
  });

  it('without state, joins by the iac:stack / iac:address tags and by literal names', () => {
    // As the governance Tagging aspect stamps them: resource tags in the IaC, so they are live tags too.
    const stamped: StackSpec = {
      ...network,
      state: undefined,
      resources: {
        ...network.resources,
        aws_vpc: {
          main: { cidr_block: '10.0.0.0/16', tags: { Name: 'main', 'iac:address': 'aws_vpc.main' } },
        },
        aws_subnet: {
          a: {
            vpc_id: '${aws_vpc.main.id}',
            cidr_block: '10.0.1.0/24',
            tags: { 'iac:address': 'aws_subnet.a' },
          },
        },
      },
    };
    const engine = engineFor({ network: stamped });
    const tagged = vpcItem(
      'vpc-77',
      { cidrBlock: '10.5.0.0/16' },
      { ...tags, 'iac:address': 'aws_vpc.main' },
    );
    expect(engine.checkItem(tagged)).toMatchObject({
      status: 'MODIFIED',
      address: 'aws_vpc.main',
      differences: [
        { path: 'cidr_block', expected: '10.0.0.0/16', actual: '10.5.0.0/16', type: 'NOT_EQUAL' },
      ],
    });
    // The subnet's vpc_id cannot be resolved without state: it is skipped, not reported.
    const subnet = configItem(
      'AWS::EC2::Subnet',
      'subnet-9',
      { vpcId: 'vpc-77', cidrBlock: '10.0.1.0/24' },
      { tags: { 'iac:stack': 'network', 'iac:address': 'aws_subnet.a', Team: 'platform' } },
    );
    expect(engine.checkItem(subnet)).toMatchObject({ status: 'IN_SYNC', address: 'aws_subnet.a' });
  });

  it('with state, does not let a copy that carries the same iac tags claim the managed resource', () => {
    const copy = vpcItem('vpc-copy', {}, { ...tags, 'iac:address': 'aws_vpc.main' });
    const report = engineFor({ network }).check([vpcItem('vpc-1', {}, tags), copy]);
    expect(
      report.resources
        .filter((r) => r.resourceType === 'AWS::EC2::VPC')
        .map((r) => [r.status, r.address, r.resourceId]),
    ).toEqual([
      ['IN_SYNC', 'aws_vpc.main', 'vpc-1'],
      ['UNMANAGED', null, 'vpc-copy'],
    ]);
  });

  it('merges default_tags into expected tags and honours lifecycle.ignore_changes', () => {
    const spec: StackSpec = {
      ...network,
      resources: {
        aws_vpc: {
          main: {
            cidr_block: '10.0.0.0/16',
            tags: { Name: 'main' },
            lifecycle: { ignore_changes: ['cidr_block', 'tags["Team"]'] },
          },
        },
      },
    };
    const item = vpcItem(
      'vpc-1',
      { cidrBlock: '10.7.0.0/16' },
      { Name: 'main', 'iac:stack': 'network', Team: 'someone-else', Owner: 'x' },
    );
    expect(engineFor({ network: spec }).checkItem(item).differences).toEqual([
      { path: 'tags.Owner', expected: undefined, actual: 'x', type: 'ADD' },
    ]);
    const all: StackSpec = {
      ...network,
      resources: { aws_vpc: { main: { cidr_block: '10.0.0.0/16', lifecycle: { ignore_changes: 'all' } } } },
    };
    expect(engineFor({ network: all }).checkItem(item).status).toBe('IN_SYNC');
  });

  it('applies .driftignore rules to resources and fields', () => {
    const ignore = parseDriftIgnore({
      path: '.driftignore',
      content: 'aws_vpc.*.tags.Owner\naws_vpc.vpc-stray\n',
    });
    const engine = engineFor({ network }, { ignore });
    const report = engine.check([vpcItem('vpc-1', {}, { ...tags, Owner: 'x' }), vpcItem('vpc-stray')]);
    expect(report.resources.map((r) => r.status)).toEqual(['NOT_CHECKED', 'NOT_CHECKED', 'IN_SYNC']);
  });

  it('limits the report to selected stacks and rejects unknown ones', () => {
    const other: StackSpec = { resources: { aws_s3_bucket: { b: { bucket: 'b' } } } };
    const report = engineFor({ network, other }, { stacks: ['other'] }).check([
      vpcItem('vpc-1', {}, tags),
      vpcItem('vpc-stray'),
    ]);
    expect(report.resources.map((r) => [r.stack, r.address, r.status])).toEqual([
      ['other', 'aws_s3_bucket.b', 'NOT_CHECKED'],
    ]);
    expect(() => engineFor({ network }, { stacks: ['nope'] })).toThrow(
      /--stack: \/: expected one of the stacks in the IaC \(network\), got "nope"/,
    );
  });

  it('expands count/for_each resources into the instances the state lists', () => {
    const spec: StackSpec = {
      resources: {
        aws_s3_bucket: { many: { count: 2, bucket: 'b-${count.index}' } },
        aws_s3_bucket_versioning: {
          v: {
            count: 2,
            bucket: '${aws_s3_bucket.many[count.index].id}',
            versioning_configuration: { status: 'Enabled' },
          },
        },
      },
    };
    expect(engineFor({ s: spec }).check([]).resources[0]).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'count/for_each instances cannot be told apart without state',
    });
    const withState = engineFor({
      s: {
        ...spec,
        state: {
          'aws_s3_bucket.many[0]': { id: 'b-0' },
          'aws_s3_bucket.many[1]': { id: 'b-1' },
          'aws_s3_bucket_versioning.v[0]': { bucket: 'b-0' },
          'aws_s3_bucket_versioning.v[1]': { bucket: 'b-1' },
        },
      },
    });
    const bucket = (name: string, status: string) =>
      configItem(
        'AWS::S3::Bucket',
        name,
        { name },
        { supplementaryConfiguration: { BucketVersioningConfiguration: { status } } },
      );
    const report = withState.check([bucket('b-0', 'Enabled'), bucket('b-1', 'Suspended')]);
    expect(report.resources.map((r) => [r.address, r.status, r.addresses])).toEqual([
      ['aws_s3_bucket.many[0]', 'IN_SYNC', ['aws_s3_bucket.many[0]', 'aws_s3_bucket_versioning.v[0]']],
      ['aws_s3_bucket.many[1]', 'MODIFIED', ['aws_s3_bucket.many[1]', 'aws_s3_bucket_versioning.v[1]']],
    ]);
  });

  it('says precisely why a known type is not compared', () => {
    const spec: StackSpec = {
      resources: { aws_secretsmanager_secret_version: { v: { secret_id: 's', secret_string: 'x' } } },
    };
    expect(engineFor({ s: spec }).check([]).resources[0].reason).toBe(
      'no adapter compares aws_secretsmanager_secret_version: AWS Config does not record secret values',
    );
  });
});

describe('DriftEngine.checkItem', () => {
  it('answers for items of types it does not adapt, and for deleted items no stack manages', () => {
    const engine = engineFor({ network });
    expect(engine.checkItem(configItem('AWS::ECS::Service', 'q', {}))).toMatchObject({
      status: 'NOT_CHECKED',
      reason: 'no adapter compares AWS::ECS::Service',
      stack: null,
    });
    expect(
      engine.checkItem(
        configItem('AWS::EC2::VPC', 'vpc-x', null, { configurationItemStatus: 'ResourceDeleted' }),
      ),
    ).toMatchObject({ status: 'NOT_CHECKED', reason: 'deleted, and no stack manages it' });
    expect(
      engine.checkItem(
        configItem('AWS::EC2::VPC', 'vpc-1', null, { configurationItemStatus: 'ResourceDeletedNotRecorded' }),
      ),
    ).toMatchObject({ status: 'DELETED', address: 'aws_vpc.main' });
  });
});
