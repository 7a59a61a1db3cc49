// CloudTrail records in the shapes the CloudTrail User Guide documents (record contents, the userIdentity element):
// a console session of an assumed role, an IAM user with the AWS CLI, and an AWS service acting on its own.

/** An SSO user in the console opening SSH on a security group. */
export const consoleIngress = {
  eventVersion: '1.10',
  userIdentity: {
    type: 'AssumedRole',
    principalId: 'AROAEXAMPLEROLEID1234:alice@example.com',
    arn: 'arn:aws:sts::123456789012:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/alice@example.com',
    accountId: '123456789012',
    accessKeyId: 'ASIAEXAMPLEKEY000001',
    sessionContext: {
      sessionIssuer: {
        type: 'Role',
        principalId: 'AROAEXAMPLEROLEID1234',
        arn: 'arn:aws:iam::123456789012:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef',
        accountId: '123456789012',
        userName: 'AWSReservedSSO_Admin_0123456789abcdef',
      },
      attributes: { creationDate: '2026-11-26T14:02:11Z', mfaAuthenticated: 'false' },
    },
  },
  eventTime: '2026-11-26T14:07:45Z',
  eventSource: 'ec2.amazonaws.com',
  eventName: 'AuthorizeSecurityGroupIngress',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '203.0.113.7',
  userAgent: 'AWS Internal',
  requestParameters: {
    groupId: 'sg-0a1b2c3d4e5f60718',
    ipPermissions: {
      items: [
        { ipProtocol: 'tcp', fromPort: 22, toPort: 22, ipRanges: { items: [{ cidrIp: '0.0.0.0/0' }] } },
      ],
    },
  },
  responseElements: { requestId: 'c2a9d1e4-0000-4000-8000-000000000001', _return: true },
  requestID: 'c2a9d1e4-0000-4000-8000-000000000001',
  eventID: '8f0e4c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b',
  readOnly: false,
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
  eventCategory: 'Management',
  sessionCredentialFromConsole: 'true',
};

/** An IAM user suspending versioning with the AWS CLI. */
export const cliVersioning = {
  eventVersion: '1.10',
  userIdentity: {
    type: 'IAMUser',
    principalId: 'AIDAEXAMPLEUSERID0001',
    arn: 'arn:aws:iam::123456789012:user/bob',
    accountId: '123456789012',
    accessKeyId: 'AKIAEXAMPLEKEY000002',
    userName: 'bob',
  },
  eventTime: '2026-11-26T16:30:02Z',
  eventSource: 's3.amazonaws.com',
  eventName: 'PutBucketVersioning',
  awsRegion: 'eu-west-1',
  sourceIPAddress: '198.51.100.23',
  userAgent: '[aws-cli/2.22.4 md/awscrt#0.23.4 ua/2.1 os/linux#6.8.0 md/arch#x86_64 lang/python#3.12.6]',
  requestParameters: {
    bucketName: 'assets-prod-123456789012',
    Host: 'assets-prod-123456789012.s3.eu-west-1.amazonaws.com',
    versioning: '',
    VersioningConfiguration: { Status: 'Suspended', xmlns: 'http://s3.amazonaws.com/doc/2006-03-01/' },
  },
  responseElements: null,
  eventID: '1d2c3b4a-5f6e-4d7c-9b8a-7f6e5d4c3b2a',
  readOnly: false,
  resources: [
    { accountId: '123456789012', type: 'AWS::S3::Bucket', ARN: 'arn:aws:s3:::assets-prod-123456789012' },
  ],
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
};

/** Auto scaling launching an instance on its own: a service identity, no ARN, a service as user agent. */
export const serviceLaunch = {
  eventVersion: '1.10',
  userIdentity: { type: 'AWSService', invokedBy: 'autoscaling.amazonaws.com' },
  eventTime: '2026-11-26T03:00:00Z',
  eventSource: 'ec2.amazonaws.com',
  eventName: 'RunInstances',
  awsRegion: 'eu-west-1',
  sourceIPAddress: 'autoscaling.amazonaws.com',
  userAgent: 'autoscaling.amazonaws.com',
  requestParameters: { instancesSet: { items: [{ imageId: 'ami-0abcdef1234567890', minCount: 1 }] } },
  responseElements: { instancesSet: { items: [{ instanceId: 'i-0badc0ffee1234567' }] } },
  eventID: '3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7',
  readOnly: false,
  eventType: 'AwsApiCall',
  managementEvent: true,
  recipientAccountId: '123456789012',
};

/** A read call: never a change. */
export const describeGroups = {
  ...cliVersioning,
  eventName: 'GetBucketVersioning',
  eventID: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  readOnly: true,
};

/** A record as LookupEvents returns it: the envelope, and the record as a JSON string. */
export function asLookupEvent(record: Record<string, unknown>, resourceNames: string[] = []): object {
  const identity = record['userIdentity'] as Record<string, unknown>;
  return {
    EventId: record['eventID'],
    EventName: record['eventName'],
    ReadOnly: String(record['readOnly']),
    AccessKeyId: identity['accessKeyId'],
    EventTime: record['eventTime'],
    EventSource: record['eventSource'],
    Username: identity['userName'],
    Resources: resourceNames.map((ResourceName) => ({
      ResourceType: 'AWS::EC2::SecurityGroup',
      ResourceName,
    })),
    CloudTrailEvent: JSON.stringify(record),
  };
}
