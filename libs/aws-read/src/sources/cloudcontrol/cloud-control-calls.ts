// The two read-only calls of the AWS Cloud Control API: ListResources (every page) and GetResource.
import {
  CloudControlClient,
  GetResourceCommand,
  paginateListResources,
  ResourceNotFoundException,
} from '@aws-sdk/client-cloudcontrol';
import { plainOutput } from '../../plain-output';

/**
 * The primary identifiers of every resource of a type, page by page; `model` is the ResourceModel the type's list
 * handler requires (its handlerSchema), when it requires one.
 */
export async function listIdentifiers(
  client: CloudControlClient,
  typeName: string,
  model?: Readonly<Record<string, string>>,
): Promise<string[]> {
  const pages = paginateListResources(
    { client },
    { TypeName: typeName, ...(model ? { ResourceModel: JSON.stringify(model) } : {}) },
  );
  const identifiers: string[] = [];
  for await (const page of pages)
    for (const description of page.ResourceDescriptions ?? [])
      if (description.Identifier) identifiers.push(description.Identifier);
  return identifiers;
}

/** GetResource's output as plain JSON (`{TypeName, ResourceDescription}`), or null when the resource is gone. */
export async function getResource(
  client: CloudControlClient,
  typeName: string,
  identifier: string,
): Promise<Record<string, unknown> | null> {
  try {
    return plainOutput(
      await client.send(new GetResourceCommand({ TypeName: typeName, Identifier: identifier })),
    );
  } catch (error) {
    if (error instanceof ResourceNotFoundException || (error as Error)?.name === 'ResourceNotFoundException')
      return null;
    throw error;
  }
}

/** The decoded Properties of a GetResource output (a JSON string on the wire), or null. */
export function propertiesOf(output: Record<string, unknown> | null): Record<string, unknown> | null {
  const description = output?.['ResourceDescription'] as { Properties?: unknown } | undefined;
  if (typeof description?.Properties !== 'string') return null;
  const parsed: unknown = JSON.parse(description.Properties);
  return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
    ? (parsed as Record<string, unknown>)
    : null;
}
