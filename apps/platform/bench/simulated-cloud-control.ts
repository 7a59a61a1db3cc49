// The AWS Cloud Control API answered from a simulated account, for counting a reader's calls: ListResources lists a
// type's resources (their list-handler models), under the model value the type's list handler requires (ParentId,
// Type, FunctionName), 100 a page; GetResource reads one. Organizations' types are answered only in the
// organization's management account: elsewhere their handlers fail on Organizations' access denied, as they do in a
// member account.
import {
  CloudControlClient,
  GetResourceCommand,
  HandlerFailureException,
  ListResourcesCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudcontrol';
import type { CloudControlResource } from '@groundwork/aws-sim';
import { mockClient } from 'aws-sdk-client-mock';
import { callsOf, SIMULATED_CREDENTIALS, type SimulatedService } from './simulated-service';

const PAGE_SIZE = 100;

/** Whether a resource is in the region a client reads (global types in any). */
const readFrom = (r: CloudControlResource, region: string) => r.region === 'global' || r.region === region;

/** Whether a resource's model has every value of the ResourceModel a list call gives. */
function matchesModel(r: CloudControlResource, model: string | undefined): boolean {
  if (model === undefined) return true;
  return Object.entries(JSON.parse(model) as Record<string, unknown>).every(([k, v]) => {
    const actual = r.properties[k];
    return Array.isArray(actual) ? actual.includes(v) : actual === v;
  });
}

/**
 * A Cloud Control client in `region` of an account that holds `resources` (its own, AWS's included), counting its
 * calls. `organizations` is false in a member account.
 */
export function simulatedCloudControl(
  resources: readonly CloudControlResource[],
  region: string,
  organizations: boolean,
): SimulatedService<CloudControlClient> {
  const client = new CloudControlClient({ region, credentials: SIMULATED_CREDENTIALS });
  const mock = mockClient(client);
  const refused = (type: string | undefined) => {
    if (!organizations && String(type).startsWith('AWS::Organizations::'))
      throw new HandlerFailureException({
        message: 'AccessDeniedException: You don’t have permissions to access this resource.',
        $metadata: { httpStatusCode: 400 },
      });
  };
  mock.on(ListResourcesCommand).callsFake((input) => {
    refused(input.TypeName);
    const all = resources.filter(
      (r) => r.typeName === input.TypeName && readFrom(r, region) && matchesModel(r, input.ResourceModel),
    );
    const start = input.NextToken === undefined ? 0 : Number(input.NextToken);
    const end = start + PAGE_SIZE;
    return {
      TypeName: input.TypeName,
      ResourceDescriptions: all
        .slice(start, end)
        .map((r) => ({ Identifier: r.identifier, Properties: JSON.stringify(r.listed) })),
      NextToken: end < all.length ? String(end) : undefined,
    };
  });
  mock.on(GetResourceCommand).callsFake((input) => {
    refused(input.TypeName);
    const found = resources.find(
      (r) => r.typeName === input.TypeName && r.identifier === input.Identifier && readFrom(r, region),
    );
    if (!found)
      throw new ResourceNotFoundException({
        message: `${input.TypeName} ${input.Identifier} not found`,
        $metadata: { httpStatusCode: 404 },
      });
    return {
      TypeName: found.typeName,
      ResourceDescription: { Identifier: found.identifier, Properties: JSON.stringify(found.properties) },
    };
  });
  return { client, calls: () => callsOf(mock) };
}
