import { DriftInputError } from '../errors';
import {
  asLookupEvent,
  cliVersioning,
  consoleIngress,
  describeGroups,
  serviceLaunch,
} from './cloudtrail-records.fixture';
import { parseCloudTrail } from './parse-cloudtrail';
import { viaOf } from './trail-event';

describe('viaOf: how a call was made', () => {
  it.each([
    ['a console session (sessionCredentialFromConsole)', consoleIngress, 'console'],
    ['the AWS CLI', cliVersioning, 'api'],
    ['a service identity', serviceLaunch, 'service'],
    ['the sign-in user agent', { ...cliVersioning, userAgent: 'signin.amazonaws.com' }, 'console'],
    ['a console user agent', { ...cliVersioning, userAgent: 'console.ec2.amazonaws.com' }, 'console'],
    ['the old console agent', { ...cliVersioning, userAgent: 'AWS Console, aws-sdk-java/1.0' }, 'console'],
    [
      'a service on a principal’s behalf',
      {
        ...cliVersioning,
        userIdentity: { ...cliVersioning.userIdentity, invokedBy: 'cloudformation.amazonaws.com' },
      },
      'service',
    ],
    ['AWS Internal', { ...cliVersioning, userAgent: 'AWS Internal' }, 'service'],
    ['a service principal agent', { ...cliVersioning, userAgent: 'lambda.amazonaws.com' }, 'service'],
    ['no user agent', { ...cliVersioning, userAgent: undefined }, 'unknown'],
  ])('%s → %s', (_name, record, via) => {
    expect(viaOf(record as Record<string, unknown>)).toBe(via);
  });
});

describe('parseCloudTrail', () => {
  it('reads a LookupEvents response: the record from CloudTrailEvent, resource names from the envelope', () => {
    const [event] = parseCloudTrail(
      { Events: [asLookupEvent(consoleIngress, ['sg-0a1b2c3d4e5f60718'])], NextToken: 'x' },
      'events.json',
    );
    expect(event.id).toBe('8f0e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b');
    expect(event.readOnly).toBe(false);
    expect(event.change).toEqual({
      eventName: 'AuthorizeSecurityGroupIngress',
      eventTime: '2026-11-26T14:07:45.000Z',
      principalArn:
        'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com',
      via: 'console',
      sourceIp: '203.0.113.7',
      eventSource: 'ec2.amazonaws.com',
    });
    expect(event.resourceNames.has('sg-0a1b2c3d4e5f60718')).toBe(true);
  });

  it('reads a CloudTrail log file and names resources from ARNs and request parameters', () => {
    const events = parseCloudTrail({ Records: [cliVersioning, serviceLaunch, describeGroups] }, 'trail.json');
    expect(events.map((e) => e.change.eventName)).toEqual([
      'PutBucketVersioning',
      'RunInstances',
      'GetBucketVersioning',
    ]);
    const [versioning, launch, read] = events;
    expect(versioning.change).toMatchObject({ userName: 'bob', via: 'api', sourceIp: '198.51.100.23' });
    expect(versioning.resourceNames.has('assets-prod-123456789012')).toBe(true);
    expect(versioning.resourceNames.has('arn:aws:s3:::assets-prod-123456789012')).toBe(true);
    // A service identity has no ARN: the service is the principal, and its "source IP" is not an address.
    expect(launch.change).toMatchObject({ principalArn: 'autoscaling.amazonaws.com', via: 'service' });
    expect(launch.change).not.toHaveProperty('sourceIp');
    expect(launch.resourceNames.has('i-0badc0ffee1234567')).toBe(true);
    expect(read.readOnly).toBe(true);
  });

  it('takes arrays of pages, files or records, and keeps each event once', () => {
    const page = { Events: [asLookupEvent(consoleIngress)] };
    const events = parseCloudTrail([page, page, { Records: [cliVersioning] }, [serviceLaunch]], 'all.json');
    expect(events.map((e) => e.change.eventName)).toEqual([
      'AuthorizeSecurityGroupIngress',
      'PutBucketVersioning',
      'RunInstances',
    ]);
  });

  it('names the file and the field that is wrong', () => {
    expect(() => parseCloudTrail({ events: [] }, 'ct.json')).toThrow(
      new DriftInputError(
        'ct.json',
        '',
        'CloudTrail events: a LookupEvents response ({"Events": [...]}), a CloudTrail log file ({"Records": [...]}), or an array of either',
        'an object',
      ),
    );
    expect(() =>
      parseCloudTrail({ Records: [{ ...cliVersioning, eventTime: undefined }] }, 'ct.json'),
    ).toThrow('ct.json: /Records/0/eventTime: expected the time of the call, got nothing');
  });
});
