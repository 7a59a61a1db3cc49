// Generates a synthesized estate for the simulator benchmark: a cdktf.out directory (manifest and one Terraform JSON
// stack per environment) with the shapes the platform builds: a VPC over three zones with NAT and routes, security
// groups with rule resources, buckets with their sub-resources, roles with attachments, inline policies and
// instance profiles, a launch template behind an auto scaling group and a load balancer, and a database.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Body = Record<string, unknown>;

/** One environment's stack: about 110 resources. */
function environmentStack(env: number): { resource: Record<string, Record<string, Body>>; count: number } {
  const resource: Record<string, Record<string, Body>> = {};
  let count = 0;
  const add = (type: string, name: string, body: Body) => {
    resource[type] ??= {};
    resource[type][name] = { '//': { metadata: { path: `env${env}/${name}`, uniqueId: name } }, ...body };
    count++;
  };
  const ref = (type: string, name: string, attr = 'id') => `\${${type}.${name}.${attr}}`;
  add('aws_vpc', 'vpc', { cidr_block: `10.${env}.0.0/16`, tags: { Name: `env${env}` } });
  const subnets = [0, 1, 2].map((z) => {
    add('aws_subnet', `subnet${z}`, {
      vpc_id: ref('aws_vpc', 'vpc'),
      cidr_block: `10.${env}.${z}.0/24`,
      availability_zone: `\${data.aws_availability_zones.zones.names[${z}]}`,
    });
    return ref('aws_subnet', `subnet${z}`);
  });
  add('aws_internet_gateway', 'igw', { vpc_id: ref('aws_vpc', 'vpc') });
  add('aws_eip', 'nat', { domain: 'vpc' });
  add('aws_nat_gateway', 'nat', { allocation_id: ref('aws_eip', 'nat'), subnet_id: subnets[0] });
  add('aws_route_table', 'private', { vpc_id: ref('aws_vpc', 'vpc') });
  add('aws_route', 'default', {
    route_table_id: ref('aws_route_table', 'private'),
    destination_cidr_block: '0.0.0.0/0',
    nat_gateway_id: ref('aws_nat_gateway', 'nat'),
  });
  subnets.forEach((subnet, z) =>
    add('aws_route_table_association', `private${z}`, {
      route_table_id: ref('aws_route_table', 'private'),
      subnet_id: subnet,
    }),
  );
  for (let g = 0; g < 10; g++) {
    add('aws_security_group', `sg${g}`, {
      name: `env${env}-sg${g}`,
      description: 'bench',
      vpc_id: ref('aws_vpc', 'vpc'),
    });
    for (const port of [443, 8080])
      add('aws_vpc_security_group_ingress_rule', `sg${g}-${port}`, {
        security_group_id: ref('aws_security_group', `sg${g}`),
        ip_protocol: 'tcp',
        from_port: port,
        to_port: port,
        cidr_ipv4: `10.${env}.0.0/16`,
      });
    add('aws_vpc_security_group_egress_rule', `sg${g}-out`, {
      security_group_id: ref('aws_security_group', `sg${g}`),
      ip_protocol: '-1',
      cidr_ipv4: '0.0.0.0/0',
    });
  }
  for (let b = 0; b < 5; b++) {
    const bucket = ref('aws_s3_bucket', `bucket${b}`);
    add('aws_s3_bucket', `bucket${b}`, { bucket: `bench-env${env}-bucket${b}` });
    add('aws_s3_bucket_versioning', `bucket${b}`, {
      bucket,
      versioning_configuration: { status: 'Enabled' },
    });
    add('aws_s3_bucket_server_side_encryption_configuration', `bucket${b}`, {
      bucket,
      rule: [{ apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } }],
    });
    add('aws_s3_bucket_public_access_block', `bucket${b}`, {
      bucket,
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    add('aws_s3_bucket_policy', `bucket${b}`, {
      bucket,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: '*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          },
        ],
      }),
    });
  }
  for (let r = 0; r < 5; r++) {
    const role = ref('aws_iam_role', `role${r}`, 'name');
    add('aws_iam_role', `role${r}`, {
      name: `env${env}-role${r}`,
      assume_role_policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
        ],
      }),
    });
    for (const policy of ['AmazonSSMManagedInstanceCore', 'CloudWatchAgentServerPolicy'])
      add('aws_iam_role_policy_attachment', `role${r}-${policy}`, {
        role,
        policy_arn: `arn:aws:iam::aws:policy/${policy}`,
      });
    add('aws_iam_role_policy', `role${r}`, {
      name: 'read',
      role,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      }),
    });
    add('aws_iam_instance_profile', `role${r}`, { name: `env${env}-profile${r}`, role });
  }
  add('aws_launch_template', 'web', {
    name: `env${env}-web`,
    image_id: 'ami-0123456789abcdef0',
    instance_type: 't3.micro',
    vpc_security_group_ids: [ref('aws_security_group', 'sg0')],
    iam_instance_profile: { arn: ref('aws_iam_instance_profile', 'role0', 'arn') },
    metadata_options: { http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 },
  });
  add('aws_lb_target_group', 'web', {
    name: `env${env}-web`,
    port: 80,
    protocol: 'HTTP',
    vpc_id: ref('aws_vpc', 'vpc'),
  });
  add('aws_autoscaling_group', 'web', {
    name: `env${env}-web`,
    min_size: 2,
    max_size: 4,
    desired_capacity: 2,
    vpc_zone_identifier: subnets,
    target_group_arns: [ref('aws_lb_target_group', 'web', 'arn')],
    launch_template: { id: ref('aws_launch_template', 'web'), version: '$Latest' },
    tag: [{ key: 'Name', value: `env${env}-web`, propagate_at_launch: true }],
  });
  add('aws_lb', 'web', {
    name: `env${env}-web`,
    load_balancer_type: 'application',
    subnets,
    security_groups: [ref('aws_security_group', 'sg1')],
  });
  add('aws_lb_listener', 'web', {
    load_balancer_arn: ref('aws_lb', 'web', 'arn'),
    port: 80,
    protocol: 'HTTP',
    default_action: [{ type: 'forward', target_group_arn: ref('aws_lb_target_group', 'web', 'arn') }],
  });
  add('aws_db_subnet_group', 'db', { name: `env${env}-db`, subnet_ids: subnets });
  add('aws_db_instance', 'db', {
    identifier: `env${env}-db`,
    engine: 'postgres',
    engine_version: '16.4',
    instance_class: 'db.t4g.micro',
    allocated_storage: 20,
    storage_encrypted: true,
    username: 'app',
    manage_master_user_password: true,
    db_subnet_group_name: ref('aws_db_subnet_group', 'db', 'name'),
    vpc_security_group_ids: [ref('aws_security_group', 'sg2')],
  });
  return { resource, count };
}

/** Writes `environments` stacks as cdktf.out under `dir`; returns how many Terraform resources they hold. */
export function writeGeneratedEstate(dir: string, environments: number): { resources: number } {
  const stacks: Record<string, { name: string; synthesizedStackPath: string }> = {};
  let resources = 0;
  for (let env = 0; env < environments; env++) {
    const name = `env${env}`;
    const { resource, count } = environmentStack(env);
    const path = `stacks/${name}/cdk.tf.json`;
    mkdirSync(join(dir, 'stacks', name), { recursive: true });
    writeFileSync(
      join(dir, path),
      JSON.stringify({
        provider: { aws: [{ region: 'eu-west-1', default_tags: [{ tags: { Environment: name } }] }] },
        data: { aws_availability_zones: { zones: { state: 'available' } } },
        resource,
      }),
    );
    stacks[name] = { name, synthesizedStackPath: path };
    resources += count;
  }
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ version: '0.21.0', stacks }));
  return { resources };
}
