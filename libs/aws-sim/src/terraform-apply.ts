// "terraform apply" of synthesized stacks against the simulated account: resolves references in dependency order,
// fills in what AWS computes (ids, ARNs, addresses), refreshes the attributes the provider reads back from AWS
// (security-group rules, route-table routes, role attachments), and writes Terraform state format version 4.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDataSource, remoteStack } from './data-sources';
import { evaluateValue, referencesIn } from './expressions';
import { SimulatedIds } from './simulated-ids';

export type Attrs = Record<string, unknown>;

export interface AppliedResource {
  readonly stack: string;
  /** `managed` for resources, `data` for data sources (state keeps both). */
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  /** `aws_vpc.main`, or `data.aws_region.current` for a data source. */
  readonly address: string;
  readonly constructPath: string;
  /** Attributes as Terraform stores them in state: nested blocks are lists, maps stay maps. */
  readonly attrs: Attrs;
  readonly dependencies: string[];
}

/** One stack after apply: its managed resources, the data sources it read and its output values. */
export interface AppliedStack {
  readonly name: string;
  readonly resources: AppliedResource[];
  readonly dataSources: AppliedResource[];
  readonly outputs: Record<string, { value: unknown; sensitive: boolean }>;
}

export interface ApplyContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  /** Provider default_tags of the stack, merged into tags_all. */
  readonly defaultTags: Record<string, string>;
  /** Resources applied so far, in every stack. */
  readonly applied: () => readonly AppliedResource[];
  /** Next value of the provider's unique-id counter (names from `name_prefix`). */
  readonly nextUniqueId: () => number;
}

interface SynthStack {
  readonly name: string;
  readonly json: {
    provider?: { aws?: { default_tags?: { tags?: Record<string, string> }[] }[] };
    resource?: Record<string, Record<string, Attrs>>;
    data?: Record<string, Record<string, Attrs>>;
    output?: Record<string, { value: unknown; sensitive?: boolean }>;
  };
}

/** Arguments whose value is a map, not a nested block. */
const MAP_ATTRIBUTES = new Set([
  'tags',
  'tags_all',
  'variables',
  'config',
  'outputs',
  'defaults',
  'parameters',
  'environment_variables',
]);

export function readSynthStacks(iacDir: string): SynthStack[] {
  const manifest = JSON.parse(readFileSync(join(iacDir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { name: string; synthesizedStackPath: string }>;
  };
  return Object.values(manifest.stacks).map((s) => ({
    name: s.name,
    json: JSON.parse(readFileSync(join(iacDir, s.synthesizedStackPath), 'utf8')),
  }));
}

/** The stacks a stack reads through terraform_remote_state. */
function stackDependencies(stack: SynthStack): string[] {
  return Object.entries(stack.json.data?.terraform_remote_state ?? {}).map(([name, body]) =>
    remoteStack(name, body),
  );
}

/** Stacks in an order where every remote state is applied before its reader (stable otherwise). */
export function applyOrder(stacks: readonly SynthStack[]): SynthStack[] {
  const names = new Set(stacks.map((s) => s.name));
  const done = new Set<string>();
  const ordered: SynthStack[] = [];
  const pending = [...stacks];
  while (pending.length > 0) {
    const i = pending.findIndex((s) =>
      stackDependencies(s).every((d) => done.has(d) || (!names.has(d) && d !== s.name)),
    );
    if (i < 0)
      throw new Error(`cyclic remote-state references among ${pending.map((s) => s.name).join(', ')}`);
    const [next] = pending.splice(i, 1);
    done.add(next.name);
    ordered.push(next);
  }
  return ordered;
}

/**
 * Applies every stack, producers of remote state first; returns each stack's resources in apply order, the data
 * sources it read and its outputs. Stacks whose remote state is not among `stacks` fail with a clear error.
 */
export function applyStacks(
  stacks: readonly SynthStack[],
  base: Pick<ApplyContext, 'account' | 'region' | 'ids'>,
): Map<string, AppliedStack> {
  const out = new Map<string, AppliedStack>();
  const outputs = new Map<string, Record<string, unknown>>();
  const everything: AppliedResource[] = [];
  let unique = 0;
  for (const stack of applyOrder(stacks)) {
    const defaultTags = stack.json.provider?.aws?.[0]?.default_tags?.[0]?.tags ?? {};
    const ctx: ApplyContext = {
      ...base,
      defaultTags,
      applied: () => everything,
      nextUniqueId: () => ++unique,
    };
    const pending: { mode: 'managed' | 'data'; type: string; name: string; body: Attrs; address: string }[] =
      [];
    for (const [type, byName] of Object.entries(stack.json.data ?? {}))
      for (const [name, body] of Object.entries(byName))
        pending.push({ mode: 'data', type, name, body, address: `data.${type}.${name}` });
    for (const [type, byName] of Object.entries(stack.json.resource ?? {}))
      for (const [name, body] of Object.entries(byName))
        pending.push({ mode: 'managed', type, name, body, address: `${type}.${name}` });
    const known = new Set(pending.map((p) => p.address));
    const dependencies = new Map(
      pending.map((p) => [
        p.address,
        [
          ...referencesIn(p.body).filter((r) => known.has(r)),
          ...((p.body.depends_on as string[] | undefined) ?? []).filter((r) => known.has(r)),
        ],
      ]),
    );
    const applied = new Map<string, AppliedResource>();
    const lookup = (address: string): unknown => {
      if (address === 'terraform') return { workspace: 'default' };
      const found = applied.get(address);
      if (!found) throw new Error(`${stack.name}: ${address} is not known to the simulated apply`);
      return found.attrs;
    };
    while (pending.length > 0) {
      const ready = pending.findIndex((p) => dependencies.get(p.address)!.every((r) => applied.has(r)));
      if (ready < 0)
        throw new Error(
          `${stack.name}: unresolvable references in ${pending.map((p) => p.address).join(', ')}`,
        );
      const [{ mode, type, name, body, address }] = pending.splice(ready, 1);
      const {
        '//': meta,
        depends_on: _d,
        lifecycle: _l,
        provider: _p,
        provisioner: _v,
        ...args
      } = body as Attrs & { '//'?: { metadata?: { path?: string } } };
      let attrs: Attrs;
      try {
        const values = blockBody(evaluateValue(args, lookup)) as Attrs;
        if (mode === 'data') {
          attrs = readDataSource(type, name, values, { ...ctx, outputs });
        } else {
          const named = { ...values, ...generatedNames(type, values, ctx) };
          attrs = { ...named, ...computed(type, named, ctx) };
          if ('tags' in attrs || TAGGABLE.test(type)) {
            attrs.tags = attrs.tags ?? {};
            attrs.tags_all = { ...ctx.defaultTags, ...((attrs.tags as Record<string, string>) ?? {}) };
          }
        }
      } catch (err) {
        throw new Error(`${stack.name}: ${address}: ${(err as Error).message}`);
      }
      const resource: AppliedResource = {
        stack: stack.name,
        mode,
        type,
        name,
        address,
        constructPath: meta?.metadata?.path ?? address,
        attrs,
        dependencies: dependencies.get(address)!,
      };
      applied.set(address, resource);
      if (mode === 'managed') everything.push(resource);
    }
    const all = [...applied.values()];
    const stackOutputs: AppliedStack['outputs'] = {};
    for (const [name, o] of Object.entries(stack.json.output ?? {})) {
      stackOutputs[name] = { value: evaluateValue(o.value, lookup), sensitive: o.sensitive === true };
    }
    outputs.set(stack.name, Object.fromEntries(Object.entries(stackOutputs).map(([k, o]) => [k, o.value])));
    out.set(stack.name, {
      name: stack.name,
      resources: all.filter((r) => r.mode === 'managed'),
      dataSources: all.filter((r) => r.mode === 'data'),
      outputs: stackOutputs,
    });
  }
  // `terraform refresh` of every stack: rules, routes and attachments made by other resources (in any stack).
  refresh(everything);
  return out;
}

/** Types whose provider schema has tags (tags_all is always recorded for them). */
const TAGGABLE =
  /^aws_(vpc|subnet|internet_gateway|eip|nat_gateway|route_table|security_group|s3_bucket|iam_role|iam_policy|iam_instance_profile|instance|launch_template|lb|lb_target_group|lb_listener|db_instance|db_subnet_group|db_parameter_group|kms_key|sns_topic|secretsmanager_secret|lambda_function|cloudwatch_log_group|flow_log|vpc_endpoint|cloudfront_distribution|iam_openid_connect_provider|default_security_group|default_route_table)$/;

/** Synthesized JSON writes single nested blocks as objects; state always stores blocks as lists. */
function blockBody(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toState(v, k)]));
}

function toState(value: unknown, key: string): unknown {
  if (MAP_ATTRIBUTES.has(key)) return value;
  if (Array.isArray(value)) return value.map(blockBody);
  if (value && typeof value === 'object') return [blockBody(value)];
  return value;
}

const UNIQUE_ID_TIME = '202611200914070000';

/** The provider's `PrefixedUniqueId`: prefix, a UTC timestamp with four fractional digits, an 8-hex counter. */
function prefixedUniqueId(prefix: string, ctx: ApplyContext): string {
  return `${prefix}${UNIQUE_ID_TIME}${ctx.nextUniqueId().toString(16).padStart(8, '0')}`;
}

/** Names the provider generates: from `name_prefix`/`bucket_prefix`, or its own default when none is given. */
function generatedNames(type: string, v: Attrs, ctx: ApplyContext): Attrs {
  if (type === 'aws_s3_bucket' && v.bucket === undefined)
    return { bucket: prefixedUniqueId(String(v.bucket_prefix ?? 'terraform-'), ctx) };
  if (v.name !== undefined || !NAMED.test(type)) return {};
  if (v.name_prefix !== undefined) return { name: prefixedUniqueId(String(v.name_prefix), ctx) };
  if (type === 'aws_lb') return { name: prefixedUniqueId('tf-lb-', ctx).slice(0, 32) };
  if (type === 'aws_lb_target_group') return { name: prefixedUniqueId('tf-', ctx).slice(0, 32) };
  return { name: prefixedUniqueId('terraform-', ctx) };
}

/** Types whose `name` the provider generates when it is not given. */
const NAMED =
  /^aws_(iam_role|iam_policy|iam_instance_profile|security_group|launch_template|autoscaling_group|lb|lb_target_group|db_subnet_group|db_parameter_group|iam_role_policy|cloudwatch_log_group|sns_topic|secretsmanager_secret|kms_alias)$/;

function arn(ctx: ApplyContext, service: string, resource: string, global = false): string {
  return `arn:aws:${service}:${global ? '' : ctx.region}:${ctx.account}:${resource}`;
}

const CREATED = '2026-11-20T09:14:07Z';

/** What AWS and the provider compute on create, per Terraform type. */
function computed(type: string, v: Attrs, ctx: ApplyContext): Attrs {
  const { ids } = ctx;
  switch (type) {
    case 'aws_vpc': {
      const id = ids.ec2('vpc');
      return {
        id,
        arn: arn(ctx, 'ec2', `vpc/${id}`),
        owner_id: ctx.account,
        instance_tenancy: 'default',
        dhcp_options_id: ids.ec2('dopt'),
        ...(() => {
          const main = ids.ec2('rtb');
          return { main_route_table_id: main, default_route_table_id: main };
        })(),
        default_security_group_id: ids.ec2('sg'),
        default_network_acl_id: ids.ec2('acl'),
        ipv6_cidr_block: '',
        assign_generated_ipv6_cidr_block: false,
      };
    }
    case 'aws_subnet': {
      const id = ids.ec2('subnet');
      return {
        id,
        arn: arn(ctx, 'ec2', `subnet/${id}`),
        owner_id: ctx.account,
        availability_zone_id: `euw1-az${String(v.availability_zone).endsWith('a') ? 1 : 2}`,
        assign_ipv6_address_on_creation: false,
        ipv6_native: false,
        private_dns_hostname_type_on_launch: 'ip-name',
      };
    }
    case 'aws_internet_gateway': {
      const id = ids.ec2('igw');
      return { id, arn: arn(ctx, 'ec2', `internet-gateway/${id}`), owner_id: ctx.account };
    }
    case 'aws_eip': {
      const id = `eipalloc-0${ids.hex(16)}`;
      return {
        id,
        allocation_id: id,
        public_ip: ids.publicIp(),
        public_ipv4_pool: 'amazon',
        network_border_group: ctx.region,
        arn: arn(ctx, 'ec2', `elastic-ip/${id}`),
      };
    }
    case 'aws_nat_gateway':
      return {
        id: ids.ec2('nat'),
        connectivity_type: 'public',
        network_interface_id: ids.ec2('eni'),
        private_ip: ids.ipIn('10.20.0.0/16'),
        public_ip: '',
      };
    case 'aws_route_table': {
      const id = ids.ec2('rtb');
      return {
        id,
        arn: arn(ctx, 'ec2', `route-table/${id}`),
        owner_id: ctx.account,
        propagating_vgws: [],
        route: v.route ?? [],
      };
    }
    case 'aws_route':
      return { id: `r-${v.route_table_id}1080289494`, origin: 'CreateRoute', state: 'active' };
    case 'aws_route_table_association':
      return { id: ids.ec2('rtbassoc') };
    case 'aws_security_group': {
      const id = ids.ec2('sg');
      return {
        id,
        arn: arn(ctx, 'ec2', `security-group/${id}`),
        owner_id: ctx.account,
        revoke_rules_on_delete: false,
        ingress: ((v.ingress as Attrs[] | undefined) ?? []).map(inlineRule),
        egress: ((v.egress as Attrs[] | undefined) ?? []).map(inlineRule),
      };
    }
    case 'aws_vpc_security_group_ingress_rule':
    case 'aws_vpc_security_group_egress_rule': {
      const id = ids.ec2('sgr');
      return { id, security_group_rule_id: id, arn: arn(ctx, 'ec2', `security-group-rule/${id}`) };
    }
    case 'aws_security_group_rule':
      return { id: `sgrule-${parseInt(ids.hex(8), 16)}`, security_group_rule_id: ids.ec2('sgr') };
    case 'aws_s3_bucket':
      return {
        id: v.bucket,
        arn: `arn:aws:s3:::${v.bucket}`,
        bucket_domain_name: `${v.bucket}.s3.amazonaws.com`,
        bucket_regional_domain_name: `${v.bucket}.s3.${ctx.region}.amazonaws.com`,
        hosted_zone_id: 'Z1BKCTXD74EZPE',
        region: ctx.region,
        force_destroy: false,
        object_lock_enabled: false,
      };
    case 'aws_s3_bucket_versioning':
    case 'aws_s3_bucket_server_side_encryption_configuration':
    case 'aws_s3_bucket_public_access_block':
    case 'aws_s3_bucket_ownership_controls':
    case 'aws_s3_bucket_logging':
    case 'aws_s3_bucket_lifecycle_configuration':
    case 'aws_s3_bucket_policy':
      return { id: v.bucket, expected_bucket_owner: '' };
    case 'aws_iam_role':
      return {
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:role${v.path ?? '/'}${v.name}`,
        unique_id: `AROA${ids.upper(17)}`,
        create_date: CREATED,
        path: v.path ?? '/',
        max_session_duration: v.max_session_duration ?? 3600,
        force_detach_policies: false,
        description: v.description ?? '',
        managed_policy_arns: [],
        inline_policy: [],
      };
    case 'aws_iam_group':
      return {
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:group${v.path ?? '/'}${v.name}`,
        unique_id: `AGPA${ids.upper(17)}`,
        path: v.path ?? '/',
      };
    case 'aws_iam_group_policy_attachment':
      return { id: `${v.group}-${CREATED.replace(/\D/g, '')}${ids.hex(8)}` };
    case 'aws_iam_policy': {
      const policyArn = `arn:aws:iam::${ctx.account}:policy${v.path ?? '/'}${v.name}`;
      return {
        id: policyArn,
        arn: policyArn,
        policy_id: `ANPA${ids.upper(17)}`,
        path: v.path ?? '/',
        description: v.description ?? '',
        attachment_count: 0,
      };
    }
    case 'aws_iam_openid_connect_provider': {
      const providerArn = `arn:aws:iam::${ctx.account}:oidc-provider/${String(v.url).replace(/^https:\/\//, '')}`;
      return { id: providerArn, arn: providerArn };
    }
    case 'aws_iam_account_password_policy':
      return { id: 'iam-account-password-policy', expire_passwords: v.max_password_age !== undefined };
    case 'aws_iam_role_policy':
      return { id: `${v.role}:${v.name}` };
    case 'aws_iam_role_policy_attachment':
      return { id: `${v.role}-${CREATED.replace(/\D/g, '')}${ids.hex(8)}` };
    case 'aws_iam_instance_profile':
      return {
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:instance-profile${v.path ?? '/'}${v.name}`,
        unique_id: `AIPA${ids.upper(17)}`,
        path: v.path ?? '/',
        create_date: CREATED,
      };
    case 'aws_launch_template': {
      const id = ids.ec2('lt');
      return { id, arn: arn(ctx, 'ec2', `launch-template/${id}`), default_version: 1, latest_version: 1 };
    }
    case 'aws_lb': {
      const suffix = ids.hex(16);
      const lbArn = arn(ctx, 'elasticloadbalancing', `loadbalancer/app/${v.name}/${suffix}`);
      return {
        id: lbArn,
        arn: lbArn,
        arn_suffix: `app/${v.name}/${suffix}`,
        dns_name: `${v.name}-${parseInt(ids.hex(8), 16)}.${ctx.region}.elb.amazonaws.com`,
        zone_id: 'Z32O12XQLNTSW2',
        ip_address_type: v.ip_address_type ?? 'ipv4',
        idle_timeout: v.idle_timeout ?? 60,
        enable_deletion_protection: v.enable_deletion_protection ?? false,
        enable_http2: v.enable_http2 ?? true,
      };
    }
    case 'aws_lb_target_group': {
      const tgArn = arn(ctx, 'elasticloadbalancing', `targetgroup/${v.name}/${ids.hex(16)}`);
      const suffix = tgArn.split(':').pop();
      return { id: tgArn, arn: tgArn, arn_suffix: suffix, target_type: v.target_type ?? 'instance' };
    }
    case 'aws_lb_listener': {
      const lb = String(v.load_balancer_arn).split(':loadbalancer/')[1];
      const listenerArn = arn(ctx, 'elasticloadbalancing', `listener/${lb}/${ids.hex(16)}`);
      return { id: listenerArn, arn: listenerArn };
    }
    case 'aws_autoscaling_group':
      return {
        id: v.name,
        arn: arn(ctx, 'autoscaling', `autoScalingGroup:${ids.uuid()}:autoScalingGroupName/${v.name}`),
        availability_zones: [...new Set(subnetZones(v.vpc_zone_identifier, ctx))],
        default_cooldown: 300,
        termination_policies: [],
        service_linked_role_arn: `arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
      };
    case 'aws_instance': {
      const id = ids.ec2('i');
      return {
        id,
        arn: arn(ctx, 'ec2', `instance/${id}`),
        availability_zone: subnetZones([v.subnet_id], ctx)[0] ?? `${ctx.region}a`,
        private_ip: ids.ipIn('10.20.0.0/16'),
        primary_network_interface_id: ids.ec2('eni'),
        instance_state: 'running',
        tenancy: 'default',
        ebs_optimized: false,
        source_dest_check: true,
      };
    }
    case 'aws_db_subnet_group':
      return { id: v.name, arn: arn(ctx, 'rds', `subgrp:${v.name}`), vpc_id: '' };
    case 'aws_db_parameter_group':
      return { id: v.name, arn: arn(ctx, 'rds', `pg:${v.name}`) };
    case 'aws_secretsmanager_secret_rotation':
      return { id: v.secret_id, rotation_enabled: true, rotate_immediately: true };
    case 'aws_cloudwatch_log_group':
      return {
        id: v.name,
        arn: arn(ctx, 'logs', `log-group:${v.name}`),
        log_group_class: 'STANDARD',
        skip_destroy: false,
        kms_key_id: v.kms_key_id ?? '',
      };
    case 'aws_flow_log': {
      const id = ids.ec2('fl');
      return {
        id,
        arn: arn(ctx, 'ec2', `vpc-flow-log/${id}`),
        log_format:
          '${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}',
      };
    }
    case 'aws_vpc_endpoint': {
      const id = ids.ec2('vpce');
      return {
        id,
        arn: arn(ctx, 'ec2', `vpc-endpoint/${id}`),
        owner_id: ctx.account,
        state: 'available',
        prefix_list_id: `pl-${ids.hex(8)}`,
        cidr_blocks: [],
        dns_entry: [],
        network_interface_ids: [],
        requester_managed: false,
        policy: JSON.stringify({
          Version: '2008-10-17',
          Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
        }),
        service_region: ctx.region,
      };
    }
    case 'aws_default_route_table':
      return {
        id: v.default_route_table_id,
        arn: arn(ctx, 'ec2', `route-table/${v.default_route_table_id}`),
        owner_id: ctx.account,
        vpc_id: ctx.applied().find((r) => r.attrs.default_route_table_id === v.default_route_table_id)?.attrs
          .id,
        propagating_vgws: [],
        route: v.route ?? [],
      };
    case 'aws_default_security_group': {
      const vpc = ctx.applied().find((r) => r.type === 'aws_vpc' && r.attrs.id === v.vpc_id);
      const id = String(vpc?.attrs.default_security_group_id);
      return {
        id,
        arn: arn(ctx, 'ec2', `security-group/${id}`),
        owner_id: ctx.account,
        name: 'default',
        description: 'default VPC security group',
        revoke_rules_on_delete: false,
        ingress: ((v.ingress as Attrs[] | undefined) ?? []).map(inlineRule),
        egress: ((v.egress as Attrs[] | undefined) ?? []).map(inlineRule),
      };
    }
    case 'aws_autoscaling_policy':
      return {
        id: v.name,
        arn: arn(
          ctx,
          'autoscaling',
          `scalingPolicy:${ids.uuid()}:autoScalingGroupName/${v.autoscaling_group_name}:policyName/${v.name}`,
        ),
        enabled: true,
        metric_aggregation_type: v.policy_type === 'TargetTrackingScaling' ? '' : 'Average',
      };
    case 'aws_cloudfront_origin_access_control':
      return { id: `E${ids.upper(13)}`, etag: `E${ids.upper(13)}` };
    case 'aws_cloudfront_distribution': {
      const id = `E${ids.upper(13)}`;
      return {
        id,
        arn: `arn:aws:cloudfront::${ctx.account}:distribution/${id}`,
        domain_name: `d${ids.hex(13)}.cloudfront.net`,
        hosted_zone_id: 'Z2FDTNDATAQYW2',
        status: 'Deployed',
        etag: `E${ids.upper(13)}`,
        caller_reference: `terraform-${UNIQUE_ID_TIME}${ids.hex(8)}`,
        in_progress_validation_batches: 0,
        last_modified_time: '2026-11-20 09:21:44.318 +0000 UTC',
        trusted_key_groups: [{ enabled: false, items: [] }],
        trusted_signers: [{ enabled: false, items: [] }],
      };
    }
    case 'aws_db_instance': {
      const resourceId = `db-${ids.upper(26)}`;
      return {
        id: resourceId,
        resource_id: resourceId,
        arn: arn(ctx, 'rds', `db:${v.identifier}`),
        address: `${v.identifier}.c${ids.hex(11)}.${ctx.region}.rds.amazonaws.com`,
        port: v.port ?? 5432,
        kms_key_id: arn(ctx, 'kms', `key/${ids.uuid()}`),
        master_user_secret: [
          {
            secret_arn: arn(ctx, 'secretsmanager', `secret:rds!db-${ids.uuid()}-${ids.hex(6)}`),
            secret_status: 'active',
            kms_key_id: arn(ctx, 'kms', `key/${ids.uuid()}`),
          },
        ],
        auto_minor_version_upgrade: v.auto_minor_version_upgrade ?? true,
        iam_database_authentication_enabled: v.iam_database_authentication_enabled ?? false,
        backup_window: v.backup_window ?? '03:27-03:57',
        maintenance_window: v.maintenance_window ?? 'sun:04:10-sun:04:40',
      };
    }
    case 'aws_kms_key': {
      const keyId = ids.uuid();
      return {
        id: keyId,
        key_id: keyId,
        arn: arn(ctx, 'kms', `key/${keyId}`),
        key_usage: 'ENCRYPT_DECRYPT',
        customer_master_key_spec: 'SYMMETRIC_DEFAULT',
        is_enabled: true,
        multi_region: false,
      };
    }
    case 'aws_kms_alias':
      return { id: v.name, arn: arn(ctx, 'kms', String(v.name)), target_key_arn: '' };
    case 'aws_sns_topic': {
      const topicArn = arn(ctx, 'sns', String(v.name));
      return { id: topicArn, arn: topicArn, owner: ctx.account, fifo_topic: false };
    }
    case 'aws_secretsmanager_secret': {
      const secretArn = arn(ctx, 'secretsmanager', `secret:${v.name}-${ids.hex(6)}`);
      return { id: secretArn, arn: secretArn };
    }
    case 'aws_lambda_function': {
      const fnArn = arn(ctx, 'lambda', `function:${v.function_name}`);
      return {
        id: v.function_name,
        arn: fnArn,
        qualified_arn: `${fnArn}:$LATEST`,
        invoke_arn: `arn:aws:apigateway:${ctx.region}:lambda:path/2015-03-31/functions/${fnArn}/invocations`,
        version: '$LATEST',
        last_modified: '2026-11-20T09:15:31.000+0000',
        code_sha256: v.source_code_hash,
        package_type: 'Zip',
      };
    }
    default: {
      // Anything else gets an id of its own and, when it has a name, an ARN in its service.
      const id = v.name !== undefined ? String(v.name) : ids.ec2(type.replace(/^aws_/, '').replace(/_/g, ''));
      const [service, ...kind] = type.replace(/^aws_/, '').split('_');
      return { id, arn: arn(ctx, service, `${kind.join('-') || service}/${id}`) };
    }
  }
}

/** The availability zones of applied subnets, by id. */
function subnetZones(subnetIds: unknown, ctx: ApplyContext): string[] {
  return ((subnetIds as string[] | undefined) ?? []).map((id) =>
    String(ctx.applied().find((r) => r.type === 'aws_subnet' && r.attrs.id === id)?.attrs.availability_zone),
  );
}

/** What `terraform refresh` reads back: rules, routes and attachments made by other resources. */
function refresh(resources: AppliedResource[]): void {
  const byId = (type: string, id: unknown) => resources.find((r) => r.type === type && r.attrs.id === id);
  for (const r of resources) {
    const a = r.attrs;
    switch (r.type) {
      case 'aws_vpc_security_group_ingress_rule':
      case 'aws_vpc_security_group_egress_rule': {
        const sg = byId('aws_security_group', a.security_group_id);
        const key = r.type.endsWith('ingress_rule') ? 'ingress' : 'egress';
        (sg?.attrs[key] as Attrs[]).push(
          ruleFrom(
            a.ip_protocol,
            a.from_port,
            a.to_port,
            a.cidr_ipv4,
            a.referenced_security_group_id,
            a.description,
          ),
        );
        break;
      }
      case 'aws_security_group_rule': {
        const sg = byId('aws_security_group', a.security_group_id);
        (sg?.attrs[String(a.type)] as Attrs[]).push(
          ruleFrom(
            a.protocol,
            a.from_port,
            a.to_port,
            (a.cidr_blocks as string[] | undefined)?.[0],
            a.source_security_group_id,
            a.description,
          ),
        );
        break;
      }
      case 'aws_route': {
        const rt = byId('aws_route_table', a.route_table_id);
        (rt?.attrs.route as Attrs[]).push({
          cidr_block: a.destination_cidr_block,
          gateway_id: a.gateway_id ?? '',
          nat_gateway_id: a.nat_gateway_id ?? '',
        });
        break;
      }
      case 'aws_iam_role_policy_attachment': {
        const role = byId('aws_iam_role', a.role);
        (role?.attrs.managed_policy_arns as string[]).push(String(a.policy_arn));
        break;
      }
      case 'aws_iam_role_policy': {
        const role = byId('aws_iam_role', a.role);
        (role?.attrs.inline_policy as Attrs[]).push({ name: a.name, policy: a.policy });
        break;
      }
      case 'aws_nat_gateway': {
        const eip = byId('aws_eip', a.allocation_id);
        if (eip) {
          eip.attrs.association_id = `eipassoc-0${(a.id as string).slice(5)}`;
          eip.attrs.network_interface = a.network_interface_id;
          eip.attrs.private_ip = a.private_ip;
          a.public_ip = eip.attrs.public_ip;
        }
        break;
      }
      case 'aws_db_subnet_group': {
        const subnet = byId('aws_subnet', (a.subnet_ids as string[])[0]);
        a.vpc_id = subnet?.attrs.vpc_id;
        break;
      }
      case 'aws_s3_bucket_versioning': {
        const bucket = byId('aws_s3_bucket', a.bucket);
        if (bucket) bucket.attrs.versioning = [{ enabled: true, mfa_delete: false }];
        break;
      }
      case 'aws_s3_bucket_policy': {
        const bucket = byId('aws_s3_bucket', a.bucket);
        if (bucket) bucket.attrs.policy = a.policy;
        break;
      }
    }
  }
}

/** Inline rules as the provider stores them: unset lists empty, unset strings empty. */
function inlineRule(r: Attrs): Attrs {
  return {
    cidr_blocks: r.cidr_blocks ?? [],
    description: r.description ?? '',
    from_port: r.from_port,
    ipv6_cidr_blocks: r.ipv6_cidr_blocks ?? [],
    prefix_list_ids: r.prefix_list_ids ?? [],
    protocol: r.protocol,
    security_groups: r.security_groups ?? [],
    self: r.self ?? false,
    to_port: r.to_port,
  };
}

function ruleFrom(
  protocol: unknown,
  from: unknown,
  to: unknown,
  cidr: unknown,
  sg: unknown,
  description: unknown,
): Attrs {
  return {
    cidr_blocks: cidr ? [cidr] : [],
    description: description ?? '',
    from_port: from ?? 0,
    ipv6_cidr_blocks: [],
    prefix_list_ids: [],
    protocol,
    security_groups: sg ? [sg] : [],
    self: false,
    to_port: to ?? 0,
  };
}

/** Terraform state format version 4 for one stack: outputs, data sources read and managed resources. */
export function stateFile(stack: AppliedStack, ids: SimulatedIds): object {
  const resources = [...stack.dataSources, ...stack.resources];
  return {
    version: 4,
    terraform_version: '1.9.8',
    serial: resources.length + 3,
    lineage: ids.uuid(),
    outputs: Object.fromEntries(
      Object.entries(stack.outputs).map(([name, o]) => [
        name,
        { value: o.value, type: typeOf(o.value), ...(o.sensitive ? { sensitive: true } : {}) },
      ]),
    ),
    resources: resources.map((r) => ({
      mode: r.mode,
      type: r.type,
      name: r.name,
      provider: `provider["registry.terraform.io/hashicorp/${r.type === 'terraform_remote_state' ? 'terraform' : 'aws'}"]`,
      instances: [
        {
          schema_version: r.type === 'aws_vpc' || r.type === 'aws_security_group' ? 1 : 0,
          attributes: r.attrs,
          sensitive_attributes: [],
          ...(r.mode === 'managed'
            ? { private: 'eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==', dependencies: r.dependencies }
            : {}),
        },
      ],
    })),
    check_results: null,
  };
}

/** Terraform's JSON type description of an output value. */
function typeOf(value: unknown): unknown {
  if (typeof value === 'string') return 'string';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'bool';
  if (Array.isArray(value)) return ['tuple', value.map(typeOf)];
  if (value && typeof value === 'object')
    return ['object', Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeOf(v)]))];
  return 'dynamic';
}
