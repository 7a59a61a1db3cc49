// LookupEvents responses in the shape of the CloudTrail API Reference (the SDK's form: EventTime a Date,
// CloudTrailEvent the record as a JSON string), for a security group opened by hand and a bucket changed with the CLI.
import type { Event, LookupEventsCommandOutput } from '@aws-sdk/client-cloudtrail';

export const SECURITY_GROUP = 'sg-0a1b2c3d4e5f60718';

function record(eventName: string, eventTime: string, eventID: string, groupId: string): string {
  return JSON.stringify({
    eventVersion: '1.10',
    userIdentity: {
      type: 'AssumedRole',
      arn: 'arn:aws:sts::111111111111:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com',
      accountId: '111111111111',
    },
    eventTime,
    eventSource: 'ec2.amazonaws.com',
    eventName,
    awsRegion: 'eu-west-1',
    sourceIPAddress: '203.0.113.7',
    userAgent: 'AWS Internal',
    requestParameters: { groupId },
    eventID,
    readOnly: false,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: '111111111111',
    sessionCredentialFromConsole: 'true',
  });
}

/** One event on the security group, at `eventTime`. */
export function securityGroupEvent(eventName: string, eventTime: string, eventId: string): Event {
  return {
    EventId: eventId,
    EventName: eventName,
    ReadOnly: 'false',
    AccessKeyId: 'ASIAEXAMPLEKEY000001',
    EventTime: new Date(eventTime),
    EventSource: 'ec2.amazonaws.com',
    Username: 'alice@example.com',
    Resources: [{ ResourceType: 'AWS::EC2::SecurityGroup', ResourceName: SECURITY_GROUP }],
    CloudTrailEvent: record(eventName, eventTime, eventId, SECURITY_GROUP),
  };
}

export function lookupEventsResponse(events: Event[], nextToken?: string): LookupEventsCommandOutput {
  return { Events: events, NextToken: nextToken, $metadata: { httpStatusCode: 200 } };
}
