import type { ConfigItem } from '../live/config-item';
import type { DriftReport, ResourceResult } from '../report-types';
import { attachChanges } from './attach-changes';
import { changeSubjects } from './change-subjects';
import { asLookupEvent, cliVersioning, consoleIngress, describeGroups } from './cloudtrail-records.fixture';
import { parseCloudTrail } from './parse-cloudtrail';

const result = (
  status: ResourceResult['status'],
  resourceType: string,
  resourceId: string,
): ResourceResult => ({
  status,
  stack: 'network-prod',
  address: `x.${resourceId}`,
  addresses: [`x.${resourceId}`],
  constructPath: null,
  resourceType,
  resourceId,
  differences: [],
  reason: null,
});

const item = (resourceType: string, resourceId: string, extra: Partial<ConfigItem> = {}): ConfigItem => ({
  source: 'config',
  resourceType,
  resourceId,
  resourceName: null,
  arn: null,
  awsRegion: 'eu-west-1',
  accountId: '123456789012',
  configurationItemStatus: 'OK',
  configurationItemCaptureTime: '2026-11-27T08:00:00.000Z',
  configurationStateId: '1',
  configuration: {},
  supplementaryConfiguration: {},
  tags: {},
  relationships: [],
  ...extra,
});

const report = (resources: ResourceResult[]): DriftReport => ({
  schemaVersion: 1,
  summary: { total: 0, inSync: 0, modified: 0, deleted: 0, unmanaged: 0, notChecked: 0, coverage: 1 },
  resources,
});

const events = parseCloudTrail(
  {
    Records: [
      cliVersioning,
      describeGroups,
      { ...cliVersioning, eventID: 'after-capture', eventTime: '2026-11-27T09:00:00Z' },
    ],
  },
  'trail.json',
).concat(parseCloudTrail({ Events: [asLookupEvent(consoleIngress, ['sg-0a1b2c3d4e5f60718'])] }, 'page.json'));

describe('changeSubjects and attachChanges', () => {
  it('links the events Config named in relatedEvents, whatever their resources', () => {
    const r = report([result('MODIFIED', 'AWS::EC2::SecurityGroup', 'sg-other')]);
    const items = [
      item('AWS::EC2::SecurityGroup', 'sg-other', {
        relatedEvents: ['8f0e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b'],
      }),
    ];
    const out = attachChanges(r, changeSubjects(r, items), events);
    expect(out.resources[0].changedBy).toEqual([
      expect.objectContaining({ eventName: 'AuthorizeSecurityGroupIngress', via: 'console' }),
    ]);
  });

  it('else takes the write calls that named the resource up to the capture time, newest last', () => {
    const r = report([
      result('MODIFIED', 'AWS::S3::Bucket', 'assets-prod-123456789012'),
      result('IN_SYNC', 'AWS::EC2::SecurityGroup', 'sg-0a1b2c3d4e5f60718'),
    ]);
    const items = [
      item('AWS::S3::Bucket', 'assets-prod-123456789012'),
      item('AWS::EC2::SecurityGroup', 'sg-0a1b2c3d4e5f60718'),
    ];
    const out = attachChanges(r, changeSubjects(r, items), events);
    // The read call and the call after the item was captured are not what the item shows; in-sync is left alone.
    expect(out.resources[0].changedBy?.map((e) => e.eventName)).toEqual(['PutBucketVersioning']);
    expect(out.resources[1]).not.toHaveProperty('changedBy');
    expect(r.resources[0]).not.toHaveProperty('changedBy');
  });

  it('matches IAM and RDS resources by their name and ARN, not only the Config id', () => {
    const r = report([result('MODIFIED', 'AWS::IAM::Role', 'AROAEXAMPLEROLEID0002')]);
    const items = [
      item('AWS::IAM::Role', 'AROAEXAMPLEROLEID0002', {
        resourceName: 'web-instance',
        arn: 'arn:aws:iam::123456789012:role/web-instance',
      }),
    ];
    const attach = parseCloudTrail(
      {
        Records: [
          {
            ...cliVersioning,
            eventName: 'AttachRolePolicy',
            eventID: 'attach-1',
            requestParameters: {
              roleName: 'web-instance',
              policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
            },
          },
        ],
      },
      't',
    );
    expect(attachChanges(r, changeSubjects(r, items), attach).resources[0].changedBy).toHaveLength(1);
  });

  it('keeps at most maxEvents, the newest, and links a deleted resource without an item by its id', () => {
    const many = parseCloudTrail(
      {
        Records: Array.from({ length: 7 }, (_, i) => ({
          ...cliVersioning,
          eventID: `e${i}`,
          eventTime: `2026-11-2${i}T10:00:00Z`,
          requestParameters: { natGatewayId: 'nat-0f1e2d3c4b5a69788' },
        })),
      },
      't',
    );
    const r = report([result('DELETED', 'AWS::EC2::NatGateway', 'nat-0f1e2d3c4b5a69788')]);
    const out = attachChanges(r, changeSubjects(r, []), many, { maxEvents: 3 });
    expect(out.resources[0].changedBy?.map((e) => e.eventTime)).toEqual([
      '2026-11-24T10:00:00.000Z',
      '2026-11-25T10:00:00.000Z',
      '2026-11-26T10:00:00.000Z',
    ]);
  });
});
