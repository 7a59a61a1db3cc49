// Mock values for computed attributes whose shape the aws provider validates.
// terraform's mock provider invents random strings for computed values; the provider then rejects them where an
// ARN, a prefixed id or policy JSON is expected. Which attributes need a value is read from the provider schema
// (`terraform providers schema -json`); only the shapes of values are written here.

export const MOCK_ACCOUNT = '123456789012';
export const MOCK_REGION = 'us-east-1';
const EMPTY_POLICY = JSON.stringify({ Version: '2012-10-17', Statement: [] });

interface SchemaAttribute {
  readonly type?: unknown;
  readonly computed?: boolean;
}
export interface ProviderSchema {
  readonly resource_schemas: Record<string, { block: { attributes?: Record<string, SchemaAttribute> } }>;
  readonly data_source_schemas: Record<string, { block: { attributes?: Record<string, SchemaAttribute> } }>;
}

/** EC2-style id prefixes; resources not listed keep the mock's random id. */
const ID_PREFIX: Record<string, string> = {
  aws_vpc: 'vpc-',
  aws_default_vpc: 'vpc-',
  aws_subnet: 'subnet-',
  aws_default_subnet: 'subnet-',
  aws_security_group: 'sg-',
  aws_default_security_group: 'sg-',
  aws_vpc_security_group_ingress_rule: 'sgr-',
  aws_vpc_security_group_egress_rule: 'sgr-',
  aws_internet_gateway: 'igw-',
  aws_egress_only_internet_gateway: 'eigw-',
  aws_nat_gateway: 'nat-',
  aws_eip: 'eipalloc-',
  aws_route_table: 'rtb-',
  aws_default_route_table: 'rtb-',
  aws_route_table_association: 'rtbassoc-',
  aws_network_acl: 'acl-',
  aws_default_network_acl: 'acl-',
  aws_vpc_endpoint: 'vpce-',
  aws_flow_log: 'fl-',
  aws_ec2_managed_prefix_list: 'pl-',
  aws_launch_template: 'lt-',
  aws_instance: 'i-',
  aws_ami: 'ami-',
  aws_ebs_volume: 'vol-',
  aws_network_interface: 'eni-',
  aws_key_pair: 'key-',
};

/**
 * Ids whose shape is more than a prefix (Organizations: `ou-<root>-<suffix>`, `p-…`, account numbers, the root
 * `r-…` in the organization's `roots` block, keyed `type.block`).
 */
const FIXED_IDS: Record<string, string> = {
  aws_organizations_organizational_unit: 'ou-ab12-abcdefgh',
  aws_organizations_policy: 'p-abcdefgh',
  aws_organizations_account: '210987654321',
  'aws_organizations_organization.roots': 'r-ab12',
};

/** Service part of an ARN for a resource type; regionless services get no region. */
function arnFor(type: string, attribute: string): string {
  const parts = type.replace(/^aws_/, '').split('_');
  const service = ARN_SERVICE[parts[0]] ?? parts[0];
  const regionless = ['iam', 's3', 'cloudfront', 'organizations', 'route53', 'waf'].includes(service);
  const resource =
    attribute === 'arn' ? parts.slice(1).join('-') || parts[0] : attribute.replace(/_arn$/, '');
  return `arn:aws:${service}:${regionless ? '' : MOCK_REGION}:${MOCK_ACCOUNT}:${resource || 'resource'}/mock`;
}
const ARN_SERVICE: Record<string, string> = {
  lb: 'elasticloadbalancing',
  alb: 'elasticloadbalancing',
  cloudwatch: 'logs',
  db: 'rds',
  rds: 'rds',
  sfn: 'states',
  vpc: 'ec2',
  subnet: 'ec2',
  security: 'ec2',
  launch: 'ec2',
  instance: 'ec2',
  autoscaling: 'autoscaling',
  secretsmanager: 'secretsmanager',
  config: 'config',
};

/** Values for the attributes of one type, from its schema. */
function defaultsFor(
  type: string,
  attributes: Record<string, SchemaAttribute> | undefined,
  kind: 'resource' | 'data',
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, attr] of Object.entries(attributes ?? {})) {
    if (!attr.computed) continue;
    if (attr.type === 'string') {
      if (name === 'arn' || name.endsWith('_arn')) out[name] = arnFor(type, name);
      else if (name === 'id' && FIXED_IDS[type]) out[name] = FIXED_IDS[type];
      else if (name === 'id' && ID_PREFIX[type]) out[name] = `${ID_PREFIX[type]}0123456789abcdef0`;
      else if (name === 'owner_id' || name === 'account_id') out[name] = MOCK_ACCOUNT;
      else if (kind === 'data' && (name === 'json' || name === 'minified_json' || name === 'policy'))
        out[name] = EMPTY_POLICY;
      else if (name === 'region' || (type === 'aws_region' && name === 'name')) out[name] = MOCK_REGION;
      else if (name === 'partition') out[name] = 'aws';
      else if (name === 'dns_suffix') out[name] = 'amazonaws.com';
    } else if (isListOfObjects(attr.type)) {
      // A computed block such as aws_db_instance.master_user_secret: the mock gives an empty list, and
      // `master_user_secret[0].secret_arn` then fails. One element with well-formed fields behaves like AWS.
      out[name] = [mockObject(type, name, attr.type[1][1])];
    } else if (JSON.stringify(attr.type) === '["list","string"]' && type === 'aws_availability_zones') {
      if (name === 'names') out[name] = ['a', 'b', 'c', 'd', 'e', 'f'].map((z) => `${MOCK_REGION}${z}`);
      if (name === 'zone_ids') out[name] = [1, 2, 3, 4, 5, 6].map((n) => `use1-az${n}`);
    }
  }
  return out;
}

type ObjectType = ['object', Record<string, unknown>];
function isListOfObjects(t: unknown): t is ['list', ObjectType] {
  return Array.isArray(t) && t[0] === 'list' && Array.isArray(t[1]) && t[1][0] === 'object';
}

function mockObject(type: string, block: string, fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, fieldType] of Object.entries(fields)) {
    if (fieldType === 'string')
      out[field] =
        field.endsWith('_arn') || field === 'arn'
          ? arnFor(type, field)
          : (field === 'id' && FIXED_IDS[`${type}.${block}`]) || `mock-${field}`;
    else if (fieldType === 'number') out[field] = 0;
    else if (fieldType === 'bool') out[field] = false;
    else if (Array.isArray(fieldType) && fieldType[0] === 'map') out[field] = {};
    else out[field] = [];
  }
  return out;
}

export interface MockDefaults {
  readonly resources: Record<string, Record<string, unknown>>;
  readonly data: Record<string, Record<string, unknown>>;
}

/** Mock defaults for the given resource and data types, merged with caller overrides (which win). */
export function mockDefaults(
  schema: ProviderSchema,
  used: { resources: Iterable<string>; data: Iterable<string> },
  overrides: Partial<MockDefaults> = {},
): MockDefaults {
  const resources: Record<string, Record<string, unknown>> = {};
  const data: Record<string, Record<string, unknown>> = {};
  for (const t of used.resources) {
    const d = defaultsFor(t, schema.resource_schemas[t]?.block.attributes, 'resource');
    const merged = { ...d, ...overrides.resources?.[t] };
    if (Object.keys(merged).length) resources[t] = merged;
  }
  for (const t of used.data) {
    const d = defaultsFor(t, schema.data_source_schemas[t]?.block.attributes, 'data');
    const merged = { ...d, ...overrides.data?.[t] };
    if (Object.keys(merged).length) data[t] = merged;
  }
  return { resources, data };
}
