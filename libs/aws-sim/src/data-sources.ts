// What the data sources cdktf stacks read return in the simulated account: the account, region and partition, the
// region's zones, public SSM parameters (the latest Amazon Linux AMI), AWS managed CloudFront policies, rendered
// IAM policy documents and other stacks' outputs through terraform_remote_state.
import type { Attrs } from './terraform-apply';
import type { SimulatedIds } from './simulated-ids';

export interface DataContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  /** Outputs of the stacks applied so far, by stack name. */
  readonly outputs: ReadonlyMap<string, Record<string, unknown>>;
}

/** AWS managed CloudFront policies: the ids are the same in every account. */
const MANAGED_CACHE_POLICIES: Readonly<Record<string, string>> = {
  'Managed-CachingOptimized': '658327ea-f89d-4fab-a63d-7e88639e58f6',
  'Managed-CachingDisabled': '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
};
const MANAGED_RESPONSE_HEADERS_POLICIES: Readonly<Record<string, string>> = {
  'Managed-SecurityHeadersPolicy': '67f7725c-6f97-4210-82d7-5512b31e9d03',
  'Managed-SimpleCORS': '60669652-455b-4ae9-85a4-c4c02393f86c',
};

/** The attributes a data source reads, given its resolved arguments. */
export function readDataSource(type: string, name: string, v: Attrs, ctx: DataContext): Attrs {
  const { account, region } = ctx;
  switch (type) {
    case 'aws_caller_identity':
      return {
        id: account,
        account_id: account,
        arn: `arn:aws:sts::${account}:assumed-role/GroundworkDeploy/terraform`,
        user_id: `AROA${ctx.ids.upper(17)}:terraform`,
      };
    case 'aws_elb_service_account': {
      // The regional Elastic Load Balancing account that writes access logs (eu-west-1's is 156460612806).
      const elbAccount = ELB_ACCOUNTS[region] ?? '156460612806';
      return { id: elbAccount, arn: `arn:aws:iam::${elbAccount}:root` };
    }
    case 'aws_partition':
      return {
        id: 'aws',
        partition: 'aws',
        dns_suffix: 'amazonaws.com',
        reverse_dns_prefix: 'com.amazonaws',
      };
    case 'aws_region':
      return {
        id: region,
        name: region,
        region,
        endpoint: `ec2.${region}.amazonaws.com`,
        description: 'Europe (Ireland)',
      };
    case 'aws_availability_zones': {
      const names = ['a', 'b', 'c'].map((z) => `${region}${z}`);
      const [area, direction, number] = region.split('-');
      const prefix = `${area}${direction[0]}${number}`;
      return {
        ...v,
        id: region,
        names,
        zone_ids: names.map((_, i) => `${prefix}-az${i + 1}`),
        group_names: [region],
      };
    }
    case 'aws_ssm_parameter': {
      const value = String(v.name).includes('/ami-')
        ? `ami-0${ctx.ids.hex(16)}`
        : `simulated-${ctx.ids.hex(8)}`;
      return {
        ...v,
        id: v.name,
        arn: `arn:aws:ssm:${region}::parameter${v.name}`,
        type: 'String',
        value,
        insecure_value: value,
        version: 1,
        with_decryption: true,
      };
    }
    case 'aws_cloudfront_cache_policy':
      return { ...v, id: MANAGED_CACHE_POLICIES[String(v.name)] ?? ctx.ids.uuid(), etag: ctx.ids.upper(14) };
    case 'aws_cloudfront_response_headers_policy':
      return {
        ...v,
        id: MANAGED_RESPONSE_HEADERS_POLICIES[String(v.name)] ?? ctx.ids.uuid(),
        etag: ctx.ids.upper(14),
      };
    case 'aws_iam_policy_document': {
      const json = renderPolicyDocument(v);
      return { ...v, id: String(hashCode(json)), json, minified_json: JSON.stringify(JSON.parse(json)) };
    }
    case 'terraform_remote_state': {
      const stack = remoteStack(name, v);
      const outputs = ctx.outputs.get(stack);
      if (!outputs)
        throw new Error(
          `data.terraform_remote_state.${name} reads stack ${stack}, which is not applied before it (apply it too)`,
        );
      return { ...v, outputs, defaults: null };
    }
    default:
      return { ...v, id: ctx.ids.hex(12) };
  }
}

/** The stack a remote state reads: cdktf names it `cross-stack-reference-input-<stack>`; else the state key. */
export function remoteStack(name: string, v: Attrs): string {
  const m = /^cross-stack-reference-input-(.+)$/.exec(name);
  if (m) return m[1];
  const key = String((v.config as Attrs | undefined)?.key ?? (v.config as Attrs | undefined)?.path ?? name);
  return key
    .split('/')
    .pop()!
    .replace(/\.tfstate$/, '');
}

type Block = Record<string, unknown>;

function one(values: unknown): unknown {
  const list = (values as unknown[]) ?? [];
  return list.length === 1 ? list[0] : list;
}

/** The provider's rendering of aws_iam_policy_document: single values unwrapped, indented JSON. */
export function renderPolicyDocument(v: Attrs): string {
  const statements = ((v.statement as Block[] | undefined) ?? []).map((s) => {
    const out: Block = {};
    if (s.sid) out.Sid = s.sid;
    out.Effect = s.effect ?? 'Allow';
    if (s.actions) out.Action = one(s.actions);
    if (s.not_actions) out.NotAction = one(s.not_actions);
    if (s.resources) out.Resource = one(s.resources);
    if (s.not_resources) out.NotResource = one(s.not_resources);
    const principals = (s.principals as Block[] | undefined) ?? [];
    if (principals.length > 0)
      out.Principal = Object.fromEntries(principals.map((p) => [p.type, one(p.identifiers)]));
    const conditions = (s.condition as Block[] | undefined) ?? [];
    if (conditions.length > 0) {
      const byTest: Record<string, Block> = {};
      for (const c of conditions) {
        byTest[String(c.test)] = { ...(byTest[String(c.test)] ?? {}), [String(c.variable)]: one(c.values) };
      }
      out.Condition = byTest;
    }
    return out;
  });
  return JSON.stringify({ Version: v.version ?? '2012-10-17', Statement: statements }, null, 2);
}

function hashCode(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}

/** Elastic Load Balancing log delivery accounts of the regions the simulated accounts use. */
const ELB_ACCOUNTS: Record<string, string> = {
  'us-east-1': '127311923021',
  'eu-west-1': '156460612806',
  'eu-central-1': '054676820928',
};
