import { isRecord } from '@groundwork/core';
import type { ConfigItem } from '../live/config-item';
import { accountPrincipal, normalizePolicy } from '../normalize/iam-policy';
import { canonicalJson } from '../normalize/canonical';
import { NormMap, NormWhole } from '../normalize/norm-values';
import type { Adapter, ExpectedInput } from './adapter';
import {
  UNKNOWN,
  block,
  blocks,
  conf,
  defined,
  get,
  keys,
  kmsKey,
  liveTags,
  lower,
  orDefault,
  stringSet,
  supp,
  tagsOf,
} from './helpers';

/** Action names are case-insensitive (`lambda:invokeFunction` is `lambda:InvokeFunction`). */
function permissionKey(value: unknown): string {
  const p = value as Record<string, unknown>;
  return canonicalJson({ ...p, action: String(p['action'] ?? '').toLowerCase() });
}

/**
 * What one statement grants, compared as a whole as the provider reads it back: who may call, which action, and the
 * conditions on the caller's source.
 */
function permission(
  action: unknown,
  who: unknown,
  sourceArn: unknown,
  sourceAccount: unknown,
  orgId: unknown,
): NormWhole {
  return new NormWhole(
    defined({
      action,
      principal: typeof who === 'string' ? accountPrincipal(who) : who,
      source_arn: sourceArn,
      source_account: sourceAccount,
      principal_org_id: orgId,
    }),
    permissionKey,
  );
}

/**
 * The function's resource-policy statements by statement id, from its aws_lambda_permission resources. A function
 * the IaC creates grants exactly these: a statement added by hand (another account, `*`) is drift.
 */
function expectedPermissions(input: ExpectedInput): unknown {
  const folded = input.folded.filter((f) => f.type === 'aws_lambda_permission');
  if (folded.length === 0 && !input.ownsResource) return undefined;
  const bySid: Record<string, unknown> = {};
  for (const f of folded) {
    const v = f.values;
    // A qualified permission is in the policy of a version or alias, which Config does not record.
    if (v['qualifier'] !== undefined) continue;
    const sid = v['statement_id'];
    if (typeof sid !== 'string') return UNKNOWN;
    bySid[sid] = permission(
      v['action'],
      v['principal'],
      v['source_arn'],
      v['source_account'],
      v['principal_org_id'],
    );
  }
  return new NormMap(bySid, input.ownsResource);
}

/** The statements of the recorded resource policy (supplementary `Policy`, a JSON string, sometimes twice). */
function actualPermissions(item: ConfigItem): unknown {
  const supplementary = item.supplementaryConfiguration;
  // An item without any supplementary value says nothing about the policy; one without `Policy` has none.
  if (Object.keys(supplementary).length === 0) return UNKNOWN;
  const doc = supplementary['Policy'] === undefined ? {} : normalizePolicy(supplementary['Policy']);
  if (doc === undefined) return UNKNOWN;
  const bySid: Record<string, unknown> = {};
  for (const st of Array.isArray(doc['Statement']) ? doc['Statement'] : []) {
    if (!isRecord(st)) continue;
    const p = isRecord(st['Principal']) ? st['Principal'] : {};
    const who = (p['Service'] ?? p['AWS']) as string[] | undefined;
    const cond = (op: string, key: string): unknown => {
      const byKey = isRecord(st['Condition']) ? st['Condition'][op] : undefined;
      return isRecord(byKey) && Array.isArray(byKey[key]) ? byKey[key][0] : undefined;
    };
    const actions = st['Action'] as string[] | undefined;
    bySid[String(st['Sid'] ?? '')] = permission(
      actions?.[0],
      who?.[0],
      cond('ArnLike', 'aws:sourcearn') ?? cond('ArnEquals', 'aws:sourcearn'),
      cond('StringEquals', 'aws:sourceaccount'),
      cond('StringEquals', 'aws:principalorgid'),
    );
  }
  return new NormMap(bySid);
}

export const lambdaFunctionAdapter: Adapter = {
  configType: 'AWS::Lambda::Function',
  terraformTypes: ['aws_lambda_function'],
  folds: [{ type: 'aws_lambda_permission', parentAttributes: ['function_name'] }],
  compared: [
    'function_name',
    'role',
    'runtime',
    'handler',
    'memory_size',
    'timeout',
    'description',
    'architectures',
    'package_type',
    'kms_key_arn',
    'layers',
    'tracing_config.mode',
    'vpc_config (subnets, security groups as sets)',
    'reserved_concurrent_executions',
    'permissions (by statement id: action, principal, source ARN and account, organization)',
    'tags',
  ],
  joinKey: 'function name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['function_name'], s?.['id'], s?.['arn'], v['function_name']),
  liveKeys: (item) => keys(item.resourceId, item.resourceName, conf(item)['functionName'], item.arn),
  expected: (input) => {
    const v = input.values;
    const vpc = block(v['vpc_config']);
    const reserved = v['reserved_concurrent_executions'];
    return defined({
      function_name: v['function_name'],
      role: v['role'],
      runtime: lower(v['runtime']),
      handler: v['handler'],
      memory_size: orDefault(input, 'memory_size', 128),
      timeout: orDefault(input, 'timeout', 3),
      description: v['description'],
      architectures: v['architectures'],
      package_type: lower(v['package_type']),
      kms_key_arn: kmsKey(v['kms_key_arn']),
      layers: v['layers'],
      tracing_config: block(v['tracing_config'])
        ? { mode: lower(block(v['tracing_config'])?.['mode']) }
        : undefined,
      vpc_config: vpc
        ? {
            subnet_ids: stringSet(vpc['subnet_ids']),
            security_group_ids: stringSet(vpc['security_group_ids']),
          }
        : undefined,
      // -1 is Terraform's "no reservation".
      reserved_concurrent_executions: reserved === -1 ? null : reserved,
      permissions: expectedPermissions(input),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const concurrency = supp(item, 'Concurrency');
    return {
      function_name: c['functionName'],
      role: c['role'],
      runtime: lower(c['runtime']),
      handler: c['handler'],
      memory_size: c['memorySize'],
      timeout: c['timeout'],
      description: c['description'],
      architectures: c['architectures'] ?? UNKNOWN,
      package_type: lower(c['packageType'] ?? 'Zip'),
      kms_key_arn: c['kmskeyArn'] ?? c['kmsKeyArn'],
      layers: blocks(c['layers']).map((l) => l['arn']),
      tracing_config: { mode: lower(get(c, 'tracingConfig.mode')) },
      vpc_config: {
        subnet_ids: stringSet(get(c, 'vpcConfig.subnetIds') ?? []),
        security_group_ids: stringSet(get(c, 'vpcConfig.securityGroupIds') ?? []),
      },
      reserved_concurrent_executions: concurrency
        ? (concurrency['reservedConcurrentExecutions'] ?? null)
        : UNKNOWN,
      permissions: actualPermissions(item),
      tags: liveTags(item),
    };
  },
};
