// An account as AWS Cloud Control API answers it, for tests. The request and response shapes are the API
// reference's (ListResources: TypeName, ResourceModel, NextToken → TypeName, ResourceDescriptions[{Identifier,
// Properties}], NextToken; GetResource: TypeName, Identifier → TypeName, ResourceDescription), `Properties` a JSON
// string of the type's CloudFormation registry schema shape. A list handler that requires a model value answers only
// with it (InvalidRequestException otherwise), as ListResources does for such types.
import {
  CloudControlClient,
  GetResourceCommand,
  type GetResourceCommandInput,
  InvalidRequestException,
  ListResourcesCommand,
  type ListResourcesCommandInput,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudcontrol';
import { IAC_STACK_TAG } from '@groundwork/core';
import type { AwsClientStub } from 'aws-sdk-client-mock';

export const ACCOUNT = '111122223333';
export const ORG_ID = 'o-a1b2c3d4e5';
export const ROOT_ID = 'r-f6g7';

const metadata = { httpStatusCode: 200, requestId: '4a0c4f07-8d4b-4f58-9d35-0f5b4f1c0a11', attempts: 1 };

/** One resource: its registry-schema properties, and the model value it is listed under where its type needs one. */
export interface RecordedResource {
  readonly typeName: string;
  readonly identifier: string;
  readonly properties: Record<string, unknown>;
  readonly listedUnder?: Readonly<Record<string, string>>;
  /** Listed, but gone by the time it is read (ResourceNotFoundException). */
  readonly goneOnRead?: boolean;
}

export function logGroup(name: string, retentionInDays?: number): RecordedResource {
  return {
    typeName: 'AWS::Logs::LogGroup',
    identifier: name,
    properties: {
      LogGroupName: name,
      ...(retentionInDays ? { RetentionInDays: retentionInDays } : {}),
      Arn: `arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:${name}:*`,
      Tags: [{ Key: IAC_STACK_TAG, Value: 'network-dev' }],
    },
  };
}

export const ORGANIZATION: RecordedResource = {
  typeName: 'AWS::Organizations::Organization',
  identifier: ORG_ID,
  properties: {
    Id: ORG_ID,
    Arn: `arn:aws:organizations::${ACCOUNT}:organization/${ORG_ID}`,
    FeatureSet: 'ALL',
    ManagementAccountArn: `arn:aws:organizations::${ACCOUNT}:account/${ORG_ID}/${ACCOUNT}`,
    ManagementAccountEmail: 'aws-root@example.com',
    ManagementAccountId: ACCOUNT,
    RootId: ROOT_ID,
  },
};

export function organizationalUnit(id: string, name: string, parentId: string): RecordedResource {
  return {
    typeName: 'AWS::Organizations::OrganizationalUnit',
    identifier: id,
    properties: {
      Id: id,
      Arn: `arn:aws:organizations::${ACCOUNT}:ou/${ORG_ID}/${id}`,
      Name: name,
      ParentId: parentId,
      Tags: [],
    },
    listedUnder: { ParentId: parentId },
  };
}

export function policy(id: string, type: string, targetIds: string[]): RecordedResource {
  return {
    typeName: 'AWS::Organizations::Policy',
    identifier: id,
    properties: {
      Id: id,
      Arn: `arn:aws:organizations::${ACCOUNT}:policy/${ORG_ID}/${type.toLowerCase()}/${id}`,
      Name: id === 'p-FullAWSAccess' ? 'FullAWSAccess' : `policy-${id}`,
      Type: type,
      AwsManaged: id === 'p-FullAWSAccess',
      Content: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }],
      }),
      TargetIds: targetIds,
      Tags: [],
    },
    listedUnder: { Type: type },
  };
}

/** A request as the fake saw it: which call, which type, the model, and the region of the client it came through. */
export interface SeenRequest {
  readonly call: 'ListResources' | 'GetResource';
  readonly typeName: string;
  readonly region: string;
  readonly model?: Record<string, string>;
  readonly identifier?: string;
}

/**
 * Answers ListResources and GetResource from `resources`, `pageSize` identifiers a page, and records each request.
 * `needs` maps a type to the model property its list handler requires.
 */
export function fakeCloudControl(
  mock: AwsClientStub<CloudControlClient>,
  resources: readonly RecordedResource[],
  needs: Readonly<Record<string, string>>,
  pageSize = 2,
): SeenRequest[] {
  const seen: SeenRequest[] = [];
  mock.on(ListResourcesCommand).callsFake(async (input: ListResourcesCommandInput, getClient) => {
    const region = await (getClient() as CloudControlClient).config.region();
    const model = input.ResourceModel
      ? (JSON.parse(input.ResourceModel) as Record<string, string>)
      : undefined;
    seen.push({
      call: 'ListResources',
      typeName: input.TypeName as string,
      region,
      ...(model ? { model } : {}),
    });
    const need = needs[input.TypeName as string];
    if (need && !model?.[need])
      throw new InvalidRequestException({
        message: `Missing Or Invalid ResourceModel property in ${input.TypeName} list handler request input. Required property:  [${need}]`,
        $metadata: {},
      });
    const matching = resources.filter(
      (r) => r.typeName === input.TypeName && (!need || r.listedUnder?.[need] === model?.[need]),
    );
    const start = input.NextToken ? Number(input.NextToken) : 0;
    const page = matching.slice(start, start + pageSize);
    return {
      $metadata: metadata,
      TypeName: input.TypeName,
      // List handlers of several types return summaries: only the identifier here.
      ResourceDescriptions: page.map((r) => ({ Identifier: r.identifier, Properties: JSON.stringify({}) })),
      ...(start + pageSize < matching.length ? { NextToken: String(start + pageSize) } : {}),
    };
  });
  mock.on(GetResourceCommand).callsFake(async (input: GetResourceCommandInput, getClient) => {
    const region = await (getClient() as CloudControlClient).config.region();
    seen.push({
      call: 'GetResource',
      typeName: input.TypeName as string,
      region,
      identifier: input.Identifier as string,
    });
    const found = resources.find((r) => r.typeName === input.TypeName && r.identifier === input.Identifier);
    if (!found || found.goneOnRead)
      throw new ResourceNotFoundException({
        message: `Resource of type '${input.TypeName}' with identifier '${input.Identifier}' was not found.`,
        $metadata: {},
      });
    return {
      $metadata: metadata,
      TypeName: input.TypeName,
      ResourceDescription: { Identifier: found.identifier, Properties: JSON.stringify(found.properties) },
    };
  });
  return seen;
}
