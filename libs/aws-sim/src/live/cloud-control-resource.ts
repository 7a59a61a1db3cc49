// One resource as the AWS Cloud Control API reads it, and the outputs of `aws cloudcontrol get-resource` and
// `list-resources` for it: `Properties` is the type's model in its CloudFormation resource-schema shape, as a JSON
// string.

export interface CloudControlResource {
  /** The CloudFormation type name, e.g. `AWS::Logs::LogGroup`. */
  readonly typeName: string;
  /** The primary identifier (several identifiers joined with `|`, as Cloud Control writes them). */
  readonly identifier: string;
  /** The read handler's model (GetResource). */
  readonly properties: Record<string, unknown>;
  /** The list handler's model of the resource (ListResources): some types list summaries only. */
  readonly listed: Record<string, unknown>;
  /** The region read, or `global` for types whose identity ignores it (Organizations, CloudFront). */
  readonly region: string;
}

/** The output of GetResource for one resource. */
export function getResourceOutput(r: CloudControlResource): object {
  return {
    TypeName: r.typeName,
    ResourceDescription: { Identifier: r.identifier, Properties: JSON.stringify(r.properties) },
  };
}

/** One page of ListResources output, the last one (no NextToken), of resources of one type. */
export function listResourcesOutput(typeName: string, resources: readonly CloudControlResource[]): object {
  return {
    TypeName: typeName,
    ResourceDescriptions: resources
      .filter((r) => r.typeName === typeName)
      .map((r) => ({ Identifier: r.identifier, Properties: JSON.stringify(r.listed) })),
  };
}

/** Tags as CloudFormation schemas write them: a list of `{Key, Value}`. */
export function cloudFormationTags(
  tags: Record<string, string> | undefined,
): { Key: string; Value: string }[] {
  return Object.entries(tags ?? {}).map(([Key, Value]) => ({ Key, Value }));
}

/** Leaves out properties a read does not return because they are not set (undefined, null or ''). */
export function setProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  );
}
