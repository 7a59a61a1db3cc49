// What a type's Cloud Control list handler needs. ListResources refuses to list some types without a value of the
// resource model that the handler's `handlerSchema` requires, so those are listed once per value: OUs per parent,
// policies per policy type, event invoke configurations per function. The requirements, and the values a required
// property takes, are those of the types' CloudFormation registry schemas (as published in
// hashicorp/terraform-provider-awscc f995d4f, internal/service/cloudformation/schemas).

/** How the values of a required property are found: by listing and reading other types. */
export interface TypeLister {
  identifiers(resourceType: string, model?: Readonly<Record<string, string>>): Promise<string[]>;
  properties(resourceType: string, identifier: string): Promise<Record<string, unknown> | null>;
}

export interface ListNeed {
  /** The property the handlerSchema requires. */
  readonly property: string;
  /** Its values: each is listed under once, and together they cover every resource of the type. */
  values(lister: TypeLister): Promise<string[]>;
  /** The resources listed under a value are values too, so the listing walks a tree (OUs within OUs). */
  readonly nested?: boolean;
}

/** AWS::Organizations::Policy's `Type` enum in its registry schema: every policy type there is. */
export const ORGANIZATIONS_POLICY_TYPES: readonly string[] = [
  'AISERVICES_OPT_OUT_POLICY',
  'BACKUP_POLICY',
  'BEDROCK_POLICY',
  'CHATBOT_POLICY',
  'DECLARATIVE_POLICY_EC2',
  'INSPECTOR_POLICY',
  'NETWORK_SECURITY_DIRECTOR_POLICY',
  'RESOURCE_CONTROL_POLICY',
  'S3_POLICY',
  'SECURITYHUB_POLICY',
  'SERVICE_CONTROL_POLICY',
  'TAG_POLICY',
  'UPGRADE_ROLLOUT_POLICY',
];

const ORGANIZATION = 'AWS::Organizations::Organization';

/** The organization's root: its read handler (DescribeOrganization + ListRoots) returns `RootId`. */
async function organizationRoots(lister: TypeLister): Promise<string[]> {
  const roots: string[] = [];
  for (const id of await lister.identifiers(ORGANIZATION)) {
    const root = (await lister.properties(ORGANIZATION, id))?.['RootId'];
    if (typeof root === 'string' && root !== '') roots.push(root);
  }
  return roots;
}

/** The types whose list handler requires a model value, by type. */
export const LIST_NEEDS: Readonly<Record<string, ListNeed>> = {
  // handlerSchema requires ParentId (ListOrganizationalUnitsForParent): walk the tree from the root down.
  'AWS::Organizations::OrganizationalUnit': { property: 'ParentId', values: organizationRoots, nested: true },
  // handlerSchema requires Type (ListPolicies takes a filter).
  'AWS::Organizations::Policy': { property: 'Type', values: async () => [...ORGANIZATIONS_POLICY_TYPES] },
  // handlerSchema requires FunctionName (ListFunctionEventInvokeConfigs): AWS::Lambda::Function's primary identifier.
  'AWS::Lambda::EventInvokeConfig': {
    property: 'FunctionName',
    values: (lister) => lister.identifiers('AWS::Lambda::Function'),
  },
};
