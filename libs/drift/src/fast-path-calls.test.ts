import {
  CLOUDTRAIL_API_CALL_DETAIL_TYPE,
  CLOUDTRAIL_CHANGES,
  cloudTrailChangeOf,
  cloudTrailChangePattern,
  cloudTrailRecordOf,
  type CloudTrailRecord,
} from './fast-path-calls';

function record(eventSource: string, eventName: string, requestParameters: unknown): CloudTrailRecord {
  return {
    eventSource,
    eventName,
    awsRegion: 'us-east-1',
    recipientAccountId: '111122223333',
    requestParameters,
  };
}

function identify(r: CloudTrailRecord): [string | undefined, string | undefined] {
  const change = cloudTrailChangeOf(r);
  return [change?.resourceType, change?.identifier(r)];
}

describe('CloudTrail changes of the types AWS Config does not record', () => {
  // The request parameters of the Organizations calls and of ModifyDBParameterGroup are those of records CloudTrail
  // captured (apps/drift-checker/src/fixtures/cloudtrail/README.md); the others are the calls' request members as
  // the API references name them, first letter lower-cased as CloudTrail records them.
  it.each([
    [
      'AWS::Organizations::Policy',
      'p-bvdv3rx3',
      record('organizations.amazonaws.com', 'UpdatePolicy', { policyId: 'p-bvdv3rx3', content: '{}' }),
    ],
    [
      'AWS::Organizations::Policy',
      'p-bvdv3rx3',
      record('organizations.amazonaws.com', 'AttachPolicy', {
        targetId: '222233334444',
        policyId: 'p-bvdv3rx3',
      }),
    ],
    [
      'AWS::Organizations::Policy',
      'p-bvdv3rx3',
      record('organizations.amazonaws.com', 'DetachPolicy', {
        targetId: '222233334444',
        policyId: 'p-bvdv3rx3',
      }),
    ],
    [
      'AWS::Organizations::Account',
      '549271133721',
      record('organizations.amazonaws.com', 'MoveAccount', {
        accountId: '549271133721',
        destinationParentId: 'ou-yjkv-lmdswesj',
        sourceParentId: 'ou-yjkv-hhd1qqua',
      }),
    ],
    [
      'AWS::Organizations::OrganizationalUnit',
      'ou-yjkv-lmdswesj',
      record('organizations.amazonaws.com', 'UpdateOrganizationalUnit', {
        organizationalUnitId: 'ou-yjkv-lmdswesj',
        name: 'Prod',
      }),
    ],
    [
      'AWS::IAM::AccountPasswordPolicy',
      '111122223333',
      record('iam.amazonaws.com', 'UpdateAccountPasswordPolicy', { minimumPasswordLength: 8 }),
    ],
    [
      'AWS::IAM::AccountPasswordPolicy',
      '111122223333',
      record('iam.amazonaws.com', 'DeleteAccountPasswordPolicy', null),
    ],
    [
      'AWS::Logs::LogGroup',
      '/vpc/flow',
      record('logs.amazonaws.com', 'PutRetentionPolicy', { logGroupName: '/vpc/flow', retentionInDays: 1 }),
    ],
    [
      'AWS::Logs::LogGroup',
      '/vpc/flow',
      record('logs.amazonaws.com', 'DeleteLogGroup', { logGroupName: '/vpc/flow' }),
    ],
    [
      'AWS::RDS::DBParameterGroup',
      'mariadb10-6-test',
      record('rds.amazonaws.com', 'ModifyDBParameterGroup', {
        parameters: [],
        dBParameterGroupName: 'mariadb10-6-test',
      }),
    ],
    [
      'AWS::Config::ConfigRule',
      'drift',
      record('config.amazonaws.com', 'PutConfigRule', { configRule: { configRuleName: 'drift' } }),
    ],
    [
      'AWS::Config::ConfigRule',
      'drift',
      record('config.amazonaws.com', 'DeleteConfigRule', { configRuleName: 'drift' }),
    ],
    [
      'AWS::Config::DeliveryChannel',
      'default',
      record('config.amazonaws.com', 'PutDeliveryChannel', { deliveryChannel: { name: 'default' } }),
    ],
  ] as const)('%#: %s %s from its record', (type, id, r) => {
    expect(identify(r)).toEqual([type, id]);
  });

  it('names a Lambda event invoke configuration as Cloud Control does, from any form of the function', () => {
    const names = ['PutFunctionEventInvokeConfig', 'UpdateFunctionEventInvokeConfig20190725'];
    for (const eventName of names) {
      const r = (params: object) => record('lambda.amazonaws.com', eventName, params);
      expect(identify(r({ functionName: 'checker' }))).toEqual([
        'AWS::Lambda::EventInvokeConfig',
        'checker|$LATEST',
      ]);
      expect(identify(r({ functionName: 'checker', qualifier: 'live' }))[1]).toBe('checker|live');
      expect(identify(r({ functionName: 'checker:live' }))[1]).toBe('checker|live');
      expect(identify(r({ functionName: 'arn:aws:lambda:eu-west-1:111122223333:function:checker' }))[1]).toBe(
        'checker|$LATEST',
      );
      expect(identify(r({ functionName: '111122223333:function:checker:7' }))[1]).toBe('checker|7');
    }
  });

  it('ignores calls AWS refused, calls of other services and calls it does not act on', () => {
    expect(
      cloudTrailChangeOf({
        ...record('logs.amazonaws.com', 'DeleteLogGroup', {}),
        errorCode: 'AccessDenied',
      }),
    ).toBeUndefined();
    expect(cloudTrailChangeOf(record('logs.amazonaws.com', 'UpdatePolicy', {}))).toBeUndefined();
    expect(cloudTrailChangeOf(record('logs.amazonaws.com', 'CreateLogGroup', {}))).toBeUndefined();
    expect(identify(record('logs.amazonaws.com', 'PutRetentionPolicy', { retentionInDays: 1 }))).toEqual([
      'AWS::Logs::LogGroup',
      undefined,
    ]);
  });

  it('marks the services whose events EventBridge delivers in us-east-1 only', () => {
    const global = new Set(CLOUDTRAIL_CHANGES.filter((c) => c.global).map((c) => c.eventSource));
    expect([...global].sort()).toEqual([
      'cloudfront.amazonaws.com',
      'iam.amazonaws.com',
      'organizations.amazonaws.com',
    ]);
  });

  it('matches each service only with its own call names, successful calls only', () => {
    const pattern = cloudTrailChangePattern(CLOUDTRAIL_CHANGES) as {
      'detail-type': string[];
      detail: { errorCode: unknown; $or: { eventSource: string[]; eventName: unknown[] }[] };
    };
    expect(pattern['detail-type']).toEqual([CLOUDTRAIL_API_CALL_DETAIL_TYPE]);
    expect(pattern.detail.errorCode).toEqual([{ exists: false }]);
    const logs = pattern.detail.$or.find((c) => c.eventSource[0] === 'logs.amazonaws.com');
    expect(logs?.eventName).toContain('DeleteLogGroup');
    expect(logs?.eventName).not.toContain('UpdatePolicy');
    const lambda = pattern.detail.$or.find((c) => c.eventSource[0] === 'lambda.amazonaws.com');
    expect(lambda?.eventName).toContainEqual({ prefix: 'PutFunctionEventInvokeConfig' });
    expect(new Set(pattern.detail.$or.map((c) => c.eventSource[0])).size).toBe(pattern.detail.$or.length);
  });
});

describe('cloudTrailRecordOf', () => {
  // EventBridge's envelope around a CloudTrail record (EventBridge user guide, "AWS service events delivered via
  // AWS CloudTrail"): the record is `detail`.
  const detail = {
    eventVersion: '1.08',
    eventSource: 'organizations.amazonaws.com',
    eventName: 'UpdatePolicy',
    awsRegion: 'us-east-1',
    eventType: 'AwsApiCall',
    recipientAccountId: '111122223333',
    requestParameters: { policyId: 'p-examplepolicyid111', content: '{}' },
  };
  const event = {
    version: '0',
    id: '6f87d04b-9f74-4f04-a780-7acf4b0a9b38',
    'detail-type': CLOUDTRAIL_API_CALL_DETAIL_TYPE,
    source: 'aws.organizations',
    account: '111122223333',
    time: '2026-01-01T00:00:00Z',
    region: 'us-east-1',
    resources: [],
    detail,
  };

  it('takes the record out of an EventBridge CloudTrail event', () => {
    expect(cloudTrailRecordOf(event)).toBe(detail);
  });

  it('is undefined for other events and records without a service or call name', () => {
    expect(
      cloudTrailRecordOf({ ...event, 'detail-type': 'Config Configuration Item Change' }),
    ).toBeUndefined();
    expect(cloudTrailRecordOf({ ...event, detail: { ...detail, eventName: '' } })).toBeUndefined();
    expect(cloudTrailRecordOf([event])).toBeUndefined();
  });
});
