import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { mockClient } from 'aws-sdk-client-mock';
import { RateLimiter } from '../../rate-limiter';
import { SECURITY_GROUP, lookupEventsResponse, securityGroupEvent } from './cloudtrail.recordings';
import { lookupChangeEvents } from './lookup-change-events';

const cloudtrail = mockClient(CloudTrailClient);
beforeEach(() => cloudtrail.reset());
afterAll(() => cloudtrail.restore());

/** A client whose retries cost no time; `retries` counts them. */
function client(maxAttempts = 3): { client: CloudTrailClient; retries: number[] } {
  const retries: number[] = [];
  return {
    client: new CloudTrailClient({
      region: 'eu-west-1',
      retryStrategy: new ConfiguredRetryStrategy(maxAttempts, (attempt) => {
        retries.push(attempt);
        return 0;
      }),
    }),
    retries,
  };
}

/** A limiter on a fake clock: records when each request was let through. */
function pacedLimiter() {
  let now = 0;
  const sent: number[] = [];
  const limiter = new RateLimiter({ perSecond: 2, now: () => now, sleep: async (ms) => void (now += ms) });
  const acquire = limiter.acquire.bind(limiter);
  limiter.acquire = async () => {
    await acquire();
    sent.push(now);
  };
  return { limiter, sent };
}

const inputs = () => cloudtrail.commandCalls(LookupEventsCommand).map((c) => c.args[0].input);

describe('lookupChangeEvents', () => {
  it('looks up the events Config linked by their ids, each once', async () => {
    const opened = securityGroupEvent('AuthorizeSecurityGroupIngress', '2026-11-26T14:07:45Z', 'e-1');
    cloudtrail.on(LookupEventsCommand).resolves(lookupEventsResponse([opened]));
    const events = await lookupChangeEvents(client().client, [
      { relatedEvents: ['e-1'], names: [SECURITY_GROUP], before: null },
      { relatedEvents: ['e-1'], names: ['sg-other'], before: null },
    ]);
    expect(events).toEqual([
      expect.objectContaining({
        EventId: 'e-1',
        EventTime: '2026-11-26T14:07:45.000Z',
        Username: 'alice@example.com',
      }),
    ]);
    expect(inputs()).toEqual([
      expect.objectContaining({ LookupAttributes: [{ AttributeKey: 'EventId', AttributeValue: 'e-1' }] }),
    ]);
  });

  it('else asks by resource name in the window before the capture, page by page up to maxPages', async () => {
    const page = (n: number) =>
      Array.from({ length: 50 }, (_, i) =>
        securityGroupEvent('ModifySecurityGroupRules', '2026-11-26T10:00:00Z', `p${n}-${i}`),
      );
    cloudtrail
      .on(LookupEventsCommand)
      .resolvesOnce(lookupEventsResponse(page(1), 'token-2'))
      .resolvesOnce(lookupEventsResponse(page(2), 'token-3'));
    const events = await lookupChangeEvents(
      client().client,
      [{ relatedEvents: [], names: [SECURITY_GROUP, 'web-sg'], before: '2026-11-27T08:00:00.000Z' }],
      { maxPages: 2, lookbackDays: 7 },
    );
    expect(events).toHaveLength(100);
    expect(inputs()).toEqual([
      {
        LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: SECURITY_GROUP }],
        StartTime: new Date('2026-11-20T08:00:00.000Z'),
        EndTime: new Date('2026-11-27T08:00:00.000Z'),
        MaxResults: 50,
        NextToken: undefined,
      },
      expect.objectContaining({ NextToken: 'token-2' }),
    ]);
  });

  it('tries the next name of a resource when CloudTrail knows none of its events by the first', async () => {
    cloudtrail
      .on(LookupEventsCommand)
      .resolvesOnce(lookupEventsResponse([]))
      .resolvesOnce(
        lookupEventsResponse([securityGroupEvent('AttachRolePolicy', '2026-11-26T09:00:00Z', 'e-9')]),
      );
    const events = await lookupChangeEvents(client().client, [
      {
        relatedEvents: [],
        names: ['AROAEXAMPLEROLEID0002', 'web-instance', 'arn:aws:iam::1:role/web-instance'],
        before: null,
      },
    ]);
    expect(events.map((e) => e.EventId)).toEqual(['e-9']);
    expect(inputs().map((i) => i.LookupAttributes?.[0].AttributeValue)).toEqual([
      'AROAEXAMPLEROLEID0002',
      'web-instance',
    ]);
  });

  it('keeps to two requests a second', async () => {
    cloudtrail.on(LookupEventsCommand).resolves(lookupEventsResponse([]));
    const { limiter, sent } = pacedLimiter();
    await lookupChangeEvents(
      client().client,
      ['a', 'b', 'c', 'd'].map((id) => ({ relatedEvents: [id], names: [], before: null })),
      { limiter },
    );
    expect(sent).toEqual([0, 500, 1000, 1500]);
  });

  it('passes on an error the client does not retry', async () => {
    cloudtrail
      .on(LookupEventsCommand)
      .rejects(
        Object.assign(new Error('not authorized'), { name: 'AccessDeniedException', $fault: 'client' }),
      );
    await expect(
      lookupChangeEvents(client().client, [{ relatedEvents: ['x'], names: [], before: null }]),
    ).rejects.toMatchObject({ name: 'AccessDeniedException' });
  });
});
