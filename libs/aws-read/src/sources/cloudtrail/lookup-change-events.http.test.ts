// LookupEvents through the SDK's whole stack, with an HTTP handler standing in for CloudTrail: what a throttled
// request does is the client's retry strategy's business, and this shows it is.
import { CloudTrailClient } from '@aws-sdk/client-cloudtrail';
import { ConfiguredRetryStrategy } from '@smithy/core/retry';
import { HttpResponse } from '@smithy/core/transport';
import { Readable } from 'node:stream';
import { securityGroupEvent } from './cloudtrail.recordings';
import { lookupChangeEvents } from './lookup-change-events';

describe('lookupChangeEvents over HTTP', () => {
  it('is retried by the client when CloudTrail throttles (the SDK’s own retry, not a loop of ours)', async () => {
    const statuses = [400, 200];
    const bodies = [
      { __type: 'ThrottlingException', message: 'Rate exceeded' },
      {
        Events: [
          {
            ...securityGroupEvent('AuthorizeSecurityGroupIngress', '2026-11-26T14:07:45Z', 'e-1'),
            EventTime: 1795702065,
          },
        ],
      },
    ];
    const requests: string[] = [];
    const retries: number[] = [];
    const http = new CloudTrailClient({
      region: 'eu-west-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      retryStrategy: new ConfiguredRetryStrategy(3, (attempt) => {
        retries.push(attempt);
        return 0;
      }),
      requestHandler: {
        handle: async (request: { headers: Record<string, string> }) => {
          requests.push(request.headers['x-amz-target']);
          const statusCode = statuses.shift() ?? 500;
          return {
            response: new HttpResponse({
              statusCode,
              headers: { 'content-type': 'application/x-amz-json-1.1' },
              body: Readable.from([Buffer.from(JSON.stringify(bodies.shift() ?? {}))]),
            }),
          };
        },
      },
    });
    const events = await lookupChangeEvents(http, [{ relatedEvents: ['e-1'], names: [], before: null }]);
    expect(events.map((e) => [e.EventId, e.EventTime])).toEqual([['e-1', '2026-11-26T14:07:45.000Z']]);
    expect(requests).toEqual(['CloudTrail_20131101.LookupEvents', 'CloudTrail_20131101.LookupEvents']);
    expect(retries).toEqual([1]);
  });
});
