import { configItem } from '../config/config-item';
import { SimulatedIds } from '../simulated-ids';
import { recordChange } from './record-change';
import { ApiCall, SimulatedTrail } from './simulated-trail';

const alice = { kind: 'sso-user', email: 'alice@example.com', permissionSet: 'Admin' } as const;
const bob = { kind: 'iam-user', name: 'bob' } as const;

function trailWithCalls(): SimulatedTrail {
  const trail = new SimulatedTrail({ account: '111111111111', region: 'eu-west-1', seed: 't' });
  const call = (eventName: string, time: string, name: string, extra: Partial<ApiCall> = {}): ApiCall => ({
    eventName,
    eventSource: 'ec2.amazonaws.com',
    actor: alice,
    time,
    resources: [{ type: 'AWS::EC2::SecurityGroup', name }],
    ...extra,
  });
  trail.record(call('AuthorizeSecurityGroupIngress', '2026-11-26T14:07:45Z', 'sg-1'));
  trail.record(call('DescribeSecurityGroups', '2026-11-26T14:08:00Z', 'sg-1', { readOnly: true }));
  trail.record(
    call('RevokeSecurityGroupEgress', '2026-11-26T15:00:00Z', 'sg-2', { actor: bob, client: 'cli' }),
  );
  trail.record(
    call('RunInstances', '2026-11-26T03:00:00Z', 'i-1', {
      actor: { kind: 'service', service: 'autoscaling.amazonaws.com' },
    }),
  );
  return trail;
}

describe('SimulatedTrail', () => {
  it('writes records as CloudTrail does: identity, console marker, user agent, ids', () => {
    const [ingress, , egress, launch] = trailWithCalls().records;
    expect(ingress).toMatchObject({
      eventTime: '2026-11-26T14:07:45Z',
      eventSource: 'ec2.amazonaws.com',
      awsRegion: 'eu-west-1',
      sessionCredentialFromConsole: 'true',
      readOnly: false,
      eventType: 'AwsApiCall',
      recipientAccountId: '111111111111',
      userIdentity: {
        type: 'AssumedRole',
        arn: expect.stringMatching(
          /^arn:aws:sts::111111111111:assumed-role\/AWSReservedSSO_Admin_[0-9a-f]{16}\/alice@example\.com$/,
        ),
        sessionContext: {
          sessionIssuer: { type: 'Role', userName: expect.stringMatching(/^AWSReservedSSO_Admin_/) },
        },
      },
    });
    expect(ingress.eventID).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(egress).toMatchObject({
      userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111111111111:user/bob', userName: 'bob' },
      userAgent: expect.stringMatching(/^aws-cli\/2\./),
      sourceIPAddress: '203.0.113.10',
    });
    expect(egress).not.toHaveProperty('sessionCredentialFromConsole');
    expect(launch).toMatchObject({
      userIdentity: { type: 'AWSService', invokedBy: 'autoscaling.amazonaws.com' },
      userAgent: 'autoscaling.amazonaws.com',
      sourceIPAddress: 'autoscaling.amazonaws.com',
    });
    expect(trailWithCalls().records).toEqual(trailWithCalls().records);
  });

  it('answers LookupEvents newest first, by one attribute and a time range, with the record as a string', () => {
    const trail = trailWithCalls();
    const all = trail.lookupEvents();
    expect(all.Events.map((e) => e.EventName)).toEqual([
      'RevokeSecurityGroupEgress',
      'DescribeSecurityGroups',
      'AuthorizeSecurityGroupIngress',
      'RunInstances',
    ]);
    expect(all).not.toHaveProperty('NextToken');
    const sg1 = trail.lookupEvents({
      LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'sg-1' }],
      StartTime: '2026-11-26T14:00:00Z',
      EndTime: new Date('2026-11-26T14:07:45Z'),
    });
    expect(sg1.Events).toHaveLength(1);
    expect(sg1.Events[0]).toMatchObject({
      EventName: 'AuthorizeSecurityGroupIngress',
      ReadOnly: 'false',
      Username: 'alice@example.com',
      Resources: [{ ResourceType: 'AWS::EC2::SecurityGroup', ResourceName: 'sg-1' }],
    });
    expect(JSON.parse(sg1.Events[0].CloudTrailEvent).eventID).toBe(sg1.Events[0].EventId);
    const byUser = trail.lookupEvents({
      LookupAttributes: [{ AttributeKey: 'Username', AttributeValue: 'bob' }],
    });
    expect(byUser.Events.map((e) => e.EventName)).toEqual(['RevokeSecurityGroupEgress']);
    const id = all.Events[2].EventId;
    expect(
      trail.lookupEvents({ LookupAttributes: [{ AttributeKey: 'EventId', AttributeValue: id }] }).Events,
    ).toEqual([all.Events[2]]);
  });

  it('pages with a NextToken valid only for the parameters it was issued with', () => {
    const trail = trailWithCalls();
    const first = trail.lookupEvents({ MaxResults: 3 });
    expect(first.Events).toHaveLength(3);
    const second = trail.lookupEvents({ MaxResults: 3, NextToken: first.NextToken });
    expect(second.Events.map((e) => e.EventName)).toEqual(['RunInstances']);
    expect(second).not.toHaveProperty('NextToken');
    expect(() =>
      trail.lookupEvents({ StartTime: '2026-11-01T00:00:00Z', NextToken: first.NextToken }),
    ).toThrow(expect.objectContaining({ name: 'InvalidNextTokenException' }));
    expect(trail.lookupEventsOutput().Events).toEqual(trail.lookupEvents().Events);
  });

  it.each([
    [
      {
        LookupAttributes: [
          { AttributeKey: 'Username', AttributeValue: 'bob' },
          { AttributeKey: 'ReadOnly', AttributeValue: 'false' },
        ],
      },
      'InvalidLookupAttributesException',
    ],
    [{ MaxResults: 51 }, 'InvalidMaxResultsException'],
    [{ MaxResults: 0 }, 'InvalidMaxResultsException'],
    [{ StartTime: '2026-11-27T00:00:00Z', EndTime: '2026-11-26T00:00:00Z' }, 'InvalidTimeRangeException'],
  ] as const)('rejects %p with %s', (request, name) => {
    expect(() => trailWithCalls().lookupEvents(request)).toThrow(expect.objectContaining({ name }));
  });
});

describe('recordChange', () => {
  const item = () =>
    configItem(
      {
        account: '111111111111',
        region: 'eu-west-1',
        ids: new SimulatedIds('x'),
        captureTime: '2026-11-26T09:00:00.000Z',
      },
      { resourceType: 'AWS::EC2::SecurityGroup', resourceId: 'sg-1', configuration: {} },
    );
  const call: ApiCall = {
    eventName: 'AuthorizeSecurityGroupIngress',
    eventSource: 'ec2.amazonaws.com',
    actor: alice,
    time: '2026-11-26T14:07:45Z',
  };

  it('makes the item captured after the call, and links it only when asked, as a version 1.2 item', () => {
    const trail = new SimulatedTrail({ account: '111111111111', region: 'eu-west-1' });
    const unlinked = item();
    recordChange(trail, unlinked, call);
    expect(unlinked).toMatchObject({
      configurationItemCaptureTime: '2026-11-26T14:09:15.000Z',
      configurationItemVersion: '1.3',
      relatedEvents: [],
    });
    const linked = item();
    const record = recordChange(trail, linked, call, { linkRelatedEvents: true });
    expect(linked).toMatchObject({ configurationItemVersion: '1.2', relatedEvents: [record.eventID] });
  });
});
