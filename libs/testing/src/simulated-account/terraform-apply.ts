// "terraform apply" of synthesized stacks against the simulated account: resolves references in dependency order,
// fills in what AWS computes (ids, ARNs, addresses), refreshes the attributes the provider reads back from AWS
// (security-group rules, route-table routes, role attachments), and writes Terraform state format version 4.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SimulatedIds } from './simulated-ids';

export type Attrs = Record<string, unknown>;

export interface AppliedResource {
  readonly stack: string;
  readonly type: string;
  readonly name: string;
  readonly address: string;
  readonly constructPath: string;
  /** Attributes as Terraform stores them in state: nested blocks are lists, maps stay maps. */
  readonly attrs: Attrs;
  readonly dependencies: string[];
}

export interface ApplyContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  /** Provider default_tags of the stack, merged into tags_all. */
  readonly defaultTags: Record<string, string>;
}

interface SynthStack {
  readonly name: string;
  readonly json: {
    provider?: { aws?: { default_tags?: { tags?: Record<string, string> }[] }[] };
    resource?: Record<string, Record<string, Attrs>>;
  };
}

const REF = /\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}/g;
const MAP_ATTRIBUTES = new Set(['tags', 'tags_all', 'variables']);

export function readSynthStacks(iacDir: string): SynthStack[] {
  const manifest = JSON.parse(readFileSync(join(iacDir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { name: string; synthesizedStackPath: string }>;
  };
  return Object.values(manifest.stacks).map((s) => ({
    name: s.name,
    json: JSON.parse(readFileSync(join(iacDir, s.synthesizedStackPath), 'utf8')),
  }));
}

/** Applies every stack; returns the applied resources per stack in apply order. */
export function applyStacks(
  stacks: readonly SynthStack[],
  base: Omit<ApplyContext, 'defaultTags'>,
): Map<string, AppliedResource[]> {
  const out = new Map<string, AppliedResource[]>();
  for (const stack of stacks) {
    const defaultTags = stack.json.provider?.aws?.[0]?.default_tags?.[0]?.tags ?? {};
    const ctx: ApplyContext = { ...base, defaultTags };
    const pending: { type: string; name: string; body: Attrs }[] = [];
    for (const [type, byName] of Object.entries(stack.json.resource ?? {})) {
      for (const [name, body] of Object.entries(byName)) pending.push({ type, name, body });
    }
    const applied = new Map<string, AppliedResource>();
    while (pending.length > 0) {
      const ready = pending.findIndex((p) => refsOf(p.body).every((r) => applied.has(r)));
      if (ready < 0)
        throw new Error(`unresolvable references in ${pending.map((p) => `${p.type}.${p.name}`).join(', ')}`);
      const [{ type, name, body }] = pending.splice(ready, 1);
      const address = `${type}.${name}`;
      const {
        '//': meta,
        depends_on: _d,
        lifecycle: _l,
        provider: _p,
        ...args
      } = body as Attrs & { '//'?: { metadata?: { path?: string } } };
      const values = blockBody(resolve(args, applied)) as Attrs;
      const attrs = { ...values, ...computed(type, values, ctx) };
      if ('tags' in attrs) {
        attrs.tags_all = { ...ctx.defaultTags, ...((attrs.tags as Record<string, string>) ?? {}) };
      }
      applied.set(address, {
        stack: stack.name,
        type,
        name,
        address,
        constructPath: meta?.metadata?.path ?? address,
        attrs,
        dependencies: refsOf(body),
      });
    }
    const resources = [...applied.values()];
    refresh(resources);
    out.set(stack.name, resources);
  }
  return out;
}

function refsOf(body: unknown): string[] {
  const refs = new Set<string>();
  JSON.stringify(body).replace(REF, (_m, type: string, name: string) => {
    refs.add(`${type}.${name}`);
    return '';
  });
  return [...refs];
}

function resolve(value: unknown, applied: Map<string, AppliedResource>): unknown {
  if (typeof value === 'string') {
    const whole = /^\$\{([a-z0-9_]+)\.([A-Za-z0-9_-]+)\.([a-z0-9_]+)\}$/.exec(value);
    if (whole) return attrOf(applied, whole[1], whole[2], whole[3]);
    return value.replace(REF, (_m, t: string, n: string, a: string) => String(attrOf(applied, t, n, a)));
  }
  if (Array.isArray(value)) return value.map((v) => resolve(v, applied));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, applied)]));
  }
  return value;
}

function attrOf(applied: Map<string, AppliedResource>, type: string, name: string, attr: string): unknown {
  const value = applied.get(`${type}.${name}`)?.attrs[attr];
  if (value === undefined) throw new Error(`${type}.${name} has no attribute ${attr} in the simulated apply`);
  return value;
}

/** Synthesized JSON writes single nested blocks as objects; state always stores blocks as lists. */
function blockBody(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toState(v, k)]));
}

function toState(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map(blockBody);
  if (value && typeof value === 'object') return MAP_ATTRIBUTES.has(key) ? value : [blockBody(value)];
  return value;
}

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
        main_route_table_id: ids.ec2('rtb'),
        default_route_table_id: '',
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
        arn: `arn:aws:iam::${ctx.account}:role/${v.name}`,
        unique_id: `AROA${ids.upper(17)}`,
        create_date: CREATED,
        path: '/',
        max_session_duration: v.max_session_duration ?? 3600,
        force_detach_policies: false,
        description: '',
        managed_policy_arns: [],
        inline_policy: [],
      };
    case 'aws_iam_role_policy':
      return { id: `${v.role}:${v.name}` };
    case 'aws_iam_role_policy_attachment':
      return { id: `${v.role}-${CREATED.replace(/\D/g, '')}${ids.hex(8)}` };
    case 'aws_iam_instance_profile':
      return {
        id: v.name,
        arn: `arn:aws:iam::${ctx.account}:instance-profile/${v.name}`,
        unique_id: `AIPA${ids.upper(17)}`,
        path: '/',
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
        ip_address_type: 'ipv4',
        idle_timeout: 60,
        enable_deletion_protection: false,
        enable_http2: true,
      };
    }
    case 'aws_lb_target_group': {
      const tgArn = arn(ctx, 'elasticloadbalancing', `targetgroup/${v.name}/${ids.hex(16)}`);
      return { id: tgArn, arn: tgArn, target_type: 'instance' };
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
        availability_zones: ['eu-west-1a', 'eu-west-1b'],
        default_cooldown: 300,
        termination_policies: [],
        service_linked_role_arn: `arn:aws:iam::${ctx.account}:role/aws-service-role/autoscaling.amazonaws.com/AWSServiceRoleForAutoScaling`,
      };
    case 'aws_instance': {
      const id = ids.ec2('i');
      return {
        id,
        arn: arn(ctx, 'ec2', `instance/${id}`),
        availability_zone: 'eu-west-1a',
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
    case 'aws_db_instance': {
      const resourceId = `db-${ids.upper(26)}`;
      return {
        id: resourceId,
        resource_id: resourceId,
        arn: arn(ctx, 'rds', `db:${v.identifier}`),
        address: `${v.identifier}.c${ids.hex(11)}.${ctx.region}.rds.amazonaws.com`,
        port: 5432,
        kms_key_id: arn(ctx, 'kms', `key/${ids.uuid()}`),
        master_user_secret: [
          {
            secret_arn: arn(ctx, 'secretsmanager', `secret:rds!db-${ids.uuid()}-${ids.hex(6)}`),
            secret_status: 'active',
            kms_key_id: arn(ctx, 'kms', `key/${ids.uuid()}`),
          },
        ],
        auto_minor_version_upgrade: true,
        iam_database_authentication_enabled: false,
        backup_window: '03:27-03:57',
        maintenance_window: 'sun:04:10-sun:04:40',
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
    default:
      return { id: ids.ec2(type.replace(/^aws_/, '').replace(/_/g, '')) };
  }
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

/** Terraform state format version 4 for one stack. */
export function stateFile(resources: readonly AppliedResource[], ids: SimulatedIds): object {
  return {
    version: 4,
    terraform_version: '1.9.8',
    serial: resources.length + 3,
    lineage: ids.uuid(),
    outputs: {},
    resources: resources.map((r) => ({
      mode: 'managed',
      type: r.type,
      name: r.name,
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [
        {
          schema_version: r.type === 'aws_vpc' || r.type === 'aws_security_group' ? 1 : 0,
          attributes: r.attrs,
          sensitive_attributes: [],
          private: 'eyJzY2hlbWFfdmVyc2lvbiI6IjAifQ==',
          dependencies: r.dependencies,
        },
      ],
    })),
    check_results: null,
  };
}
