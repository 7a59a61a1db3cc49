// Property: no partial live input ever yields DELETED for a resource it does not mention. Partial inputs are drawn
// from a full two-account snapshot: any subset of its items, some of them deleted, each wrapped in one of the forms
// that list some items but not all (bare items, API history, delivered history file, BatchGetResourceConfig,
// EventBridge event, SNS notification, rule invocation), in any order.
import fc from 'fast-check';
import { engineFor, type StackSpec } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

const DEV = '111111111111';
const PROD = '222222222222';
const NAMES = ['Admins', 'Developers', 'Auditors'];

function stack(account: string, region: string): StackSpec {
  const groups = Object.fromEntries(NAMES.map((n) => [n.toLowerCase(), { name: n, path: '/' }]));
  const state = Object.fromEntries(
    NAMES.map((n) => [
      `aws_iam_group.${n.toLowerCase()}`,
      { id: n, name: n, arn: `arn:aws:iam::${account}:group/${n}` },
    ]),
  );
  return {
    account,
    region,
    resources: {
      aws_iam_group: groups,
      aws_s3_bucket: { a: { bucket: `a-${account}` }, b: { bucket: `b-${account}` } },
      aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
    },
    state: {
      ...state,
      'aws_s3_bucket.a': { id: `a-${account}`, bucket: `a-${account}` },
      'aws_s3_bucket.b': { id: `b-${account}`, bucket: `b-${account}` },
      'aws_vpc.main': { id: `vpc-${account}`, arn: `arn:aws:ec2:${region}:${account}:vpc/vpc-${account}` },
    },
  };
}

type Item = Record<string, unknown>;

function item(account: string, region: string, type: string, id: string, configuration: Item): Item {
  return {
    resourceType: type,
    resourceId: id,
    resourceName: null,
    awsAccountId: account,
    awsRegion: region,
    configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
    configurationItemStatus: 'OK',
    configuration,
    supplementaryConfiguration: {},
    tags: {},
  };
}

function accountItems(account: string, region: string): Item[] {
  return [
    ...NAMES.map((n) =>
      item(account, 'global', 'AWS::IAM::Group', `AGPA${account}${n}`, {
        groupName: n,
        path: '/',
        arn: `arn:aws:iam::${account}:group/${n}`,
        attachedManagedPolicies: [],
        groupPolicyList: [],
      }),
    ),
    item(account, region, 'AWS::S3::Bucket', `a-${account}`, { name: `a-${account}` }),
    item(account, region, 'AWS::S3::Bucket', `b-${account}`, { name: `b-${account}` }),
    item(account, region, 'AWS::EC2::VPC', `vpc-${account}`, {
      vpcId: `vpc-${account}`,
      cidrBlock: '10.0.0.0/16',
    }),
  ];
}

const FULL = [...accountItems(DEV, 'eu-west-1'), ...accountItems(PROD, 'eu-central-1')];

const FORMS = ['items', 'api-history', 'history-file', 'batch', 'eventbridge', 'sns', 'rule'] as const;
type Form = (typeof FORMS)[number];

function wrap(form: Form, items: Item[]): unknown[] {
  const notification = (configurationItem: Item) => ({
    messageType: 'ConfigurationItemChangeNotification',
    notificationCreationTime: '2026-11-27T10:00:01.000Z',
    recordVersion: '1.3',
    configurationItem,
  });
  switch (form) {
    case 'items':
      return items;
    case 'api-history':
      return [{ configurationItems: items, nextToken: 'more' }];
    case 'history-file':
      return [{ fileVersion: '1.0', configurationItems: items }];
    case 'batch':
      return [{ baseConfigurationItems: items, unprocessedResourceKeys: [] }];
    case 'eventbridge':
      return items.map((i) => ({
        'detail-type': 'Config Configuration Item Change',
        source: 'aws.config',
        detail: notification(i),
      }));
    case 'sns':
      return items.map((i) => ({ Type: 'Notification', Message: JSON.stringify(notification(i)) }));
    case 'rule':
      return items.map((i) => ({
        invokingEvent: JSON.stringify(notification(i)),
        resultToken: 'token',
        eventLeftScope: false,
      }));
  }
}

/** Per item of the full snapshot: not mentioned (null), or mentioned in a form, possibly as deleted. */
const mention = fc.option(fc.record({ form: fc.constantFrom(...FORMS), deleted: fc.boolean() }), {
  nil: null,
});

describe('partial live input', () => {
  const engine = engineFor({
    'identity-dev': stack(DEV, 'eu-west-1'),
    'identity-prod': stack(PROD, 'eu-central-1'),
  });

  it('never yields DELETED for a resource it does not mention', () => {
    fc.assert(
      fc.property(
        fc.array(mention, { minLength: FULL.length, maxLength: FULL.length }),
        fc.integer(),
        (mentions, seed) => {
          const byForm = new Map<Form, Item[]>();
          const deletedIds = new Set<string>();
          mentions.forEach((m, i) => {
            if (!m) return;
            const source = FULL[i];
            const it = m.deleted
              ? { ...source, configurationItemStatus: 'ResourceDeleted', configuration: null }
              : source;
            if (m.deleted) deletedIds.add(`${source['awsAccountId']}/${source['resourceId']}`);
            byForm.set(m.form, [...(byForm.get(m.form) ?? []), it]);
          });
          const documents = [...byForm].flatMap(([form, items]) => wrap(form, items));
          // Any order of the documents.
          const shuffled = documents
            .map((d, i) => ({ d, k: (i * 7919 + seed) % 104729 }))
            .sort((a, b) => a.k - b.k)
            .map((x) => x.d);
          const live = parseLive(shuffled, 'partial.json');
          expect(live.inventories).toEqual([]);
          const report = engine.check(live.items, live.inventories);
          for (const r of report.resources)
            if (r.status === 'DELETED') expect(deletedIds).toContain(`${r.account}/${r.resourceId}`);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does yield DELETED for the same absences when the input is a complete inventory (the property can fail)', () => {
    const withoutDevAdmins = FULL.filter((i) => i['resourceId'] !== `AGPA${DEV}Admins`);
    const snapshot = parseLive(
      { fileVersion: '1.0', configSnapshotId: 'full', configurationItems: withoutDevAdmins },
      'snapshot.json',
    );
    const report = engine.check(snapshot.items, snapshot.inventories);
    expect(report.resources.filter((r) => r.status === 'DELETED').map((r) => [r.stack, r.address])).toEqual([
      ['identity-dev', 'aws_iam_group.admins'],
    ]);
    const asItems = parseLive(withoutDevAdmins, 'items.json');
    expect(engine.check(asItems.items, asItems.inventories).summary.deleted).toBe(0);
  });
});
