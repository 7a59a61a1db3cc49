// AWS Config API responses in the shapes the service returns (modeled on recorded botocore responses):
// ListDiscoveredResources identifiers, BatchGetResourceConfig base items with `configuration` as a JSON string and
// no tags, and advanced-query results as JSON strings with tags as a list of {key, value, tag}.
import type {
  BaseConfigurationItem,
  BatchGetResourceConfigCommandOutput,
  ListDiscoveredResourcesCommandOutput,
  SelectAggregateResourceConfigCommandOutput,
  SelectResourceConfigCommandOutput,
} from '@aws-sdk/client-config-service';

const metadata = { httpStatusCode: 200, requestId: 'eb2ac6db-c1fb-11e6-b8f1-39b9a0c1bde8', attempts: 1 };
export const ACCOUNT = '644160558196';

export function securityGroupId(i: number): string {
  return `sg-0${(0xa38ed1de + i).toString(16).padStart(16, '0')}`;
}

export function listPage(
  resourceType: 'AWS::EC2::SecurityGroup' | 'AWS::IAM::Role',
  ids: string[],
  nextToken?: string,
): ListDiscoveredResourcesCommandOutput {
  return {
    $metadata: metadata,
    resourceIdentifiers: ids.map((resourceId) => ({
      resourceType,
      resourceId,
      resourceName: resourceType === 'AWS::IAM::Role' ? 'app-instance' : 'allow-access',
    })),
    nextToken,
  };
}

export function securityGroupItem(id: string): BaseConfigurationItem {
  return {
    version: '1.3',
    accountId: ACCOUNT,
    configurationItemCaptureTime: new Date('2016-12-11T06:04:03.800Z'),
    configurationItemStatus: 'OK',
    configurationStateId: '1481454243800',
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/${id}`,
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: id,
    resourceName: 'allow-access',
    awsRegion: 'us-east-1',
    availabilityZone: 'Not Applicable',
    configuration: JSON.stringify({
      ownerId: ACCOUNT,
      groupName: 'allow-access',
      groupId: id,
      description: 'inbound access',
      ipPermissions: [
        {
          ipProtocol: 'tcp',
          fromPort: 443,
          toPort: 443,
          userIdGroupPairs: [],
          ipRanges: ['10.42.1.0/24'],
          prefixListIds: [],
        },
      ],
      ipPermissionsEgress: [
        {
          ipProtocol: '-1',
          fromPort: null,
          toPort: null,
          userIdGroupPairs: [],
          ipRanges: ['0.0.0.0/0'],
          prefixListIds: [],
        },
      ],
      vpcId: 'vpc-72885e14',
      tags: [{ key: 'App', value: 'blue-moon' }],
    }),
    supplementaryConfiguration: {},
  };
}

export const ROLE_ID = 'AROAY5Y4D45RLATRHIRGV';
export function roleItem(): BaseConfigurationItem {
  return {
    version: '1.3',
    accountId: ACCOUNT,
    configurationItemCaptureTime: new Date('2022-06-28T22:45:11.535Z'),
    configurationItemStatus: 'OK',
    configurationStateId: '1656470711535',
    arn: `arn:aws:iam::${ACCOUNT}:role/app-instance`,
    resourceType: 'AWS::IAM::Role',
    resourceId: ROLE_ID,
    resourceName: 'app-instance',
    awsRegion: 'global',
    availabilityZone: 'Not Applicable',
    resourceCreationTime: new Date('2022-06-06T09:42:44.000Z'),
    configuration: JSON.stringify({
      path: '/',
      roleName: 'app-instance',
      roleId: ROLE_ID,
      arn: `arn:aws:iam::${ACCOUNT}:role/app-instance`,
      createDate: '2022-06-06T13:42:44.000Z',
      assumeRolePolicyDocument: encodeURIComponent(
        JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      ),
      instanceProfileList: [],
      rolePolicyList: [],
      attachedManagedPolicies: [
        {
          policyName: 'AmazonSSMManagedInstanceCore',
          policyArn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
        },
      ],
      permissionsBoundary: null,
      tags: [],
      roleLastUsed: null,
    }),
    supplementaryConfiguration: {},
  };
}

export function batchGetResponse(
  items: BaseConfigurationItem[],
  unprocessed: { resourceType: 'AWS::EC2::SecurityGroup' | 'AWS::IAM::Role'; resourceId: string }[] = [],
): BatchGetResourceConfigCommandOutput {
  return { $metadata: metadata, baseConfigurationItems: items, unprocessedResourceKeys: unprocessed };
}

export function tagRow(resourceType: string, resourceId: string, tags: Record<string, string>): string {
  return JSON.stringify({
    resourceType,
    resourceId,
    tags: Object.entries(tags).map(([key, value]) => ({ tag: `${key}=${value}`, key, value })),
  });
}

export function selectPage(results: string[], nextToken?: string): SelectResourceConfigCommandOutput {
  return {
    $metadata: metadata,
    Results: results,
    QueryInfo: { SelectFields: [{ Name: 'resourceType' }, { Name: 'resourceId' }, { Name: 'tags' }] },
    NextToken: nextToken,
  };
}

/** An aggregator result: the fields the CLI selects, `configuration` as an object (advanced query returns JSON). */
export function aggregateRow(accountId: string, region: string, sgId: string): string {
  const item = JSON.parse(securityGroupItem(sgId).configuration as string);
  return JSON.stringify({
    resourceId: sgId,
    resourceName: 'allow-access',
    resourceType: 'AWS::EC2::SecurityGroup',
    arn: `arn:aws:ec2:${region}:${accountId}:security-group/${sgId}`,
    accountId,
    awsRegion: region,
    availabilityZone: 'Not Applicable',
    configurationItemStatus: 'OK',
    configurationItemCaptureTime: '2024-03-02T10:11:12.000Z',
    configuration: item,
    supplementaryConfiguration: {},
    tags: [{ tag: 'App=blue-moon', key: 'App', value: 'blue-moon' }],
    relationships: [
      { resourceId: 'vpc-72885e14', resourceType: 'AWS::EC2::VPC', relationshipName: 'Is contained in Vpc' },
    ],
  });
}

export function aggregatePage(
  results: string[],
  nextToken?: string,
): SelectAggregateResourceConfigCommandOutput {
  return { $metadata: metadata, Results: results, NextToken: nextToken };
}
