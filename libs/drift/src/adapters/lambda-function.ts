import type { Adapter } from './adapter';
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
  stringSet,
  supp,
  tagsOf,
} from './helpers';

export const lambdaFunctionAdapter: Adapter = {
  configType: 'AWS::Lambda::Function',
  terraformTypes: ['aws_lambda_function'],
  folds: [],
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
      memory_size: v['memory_size'] ?? (input.ownsResource ? 128 : undefined),
      timeout: v['timeout'] ?? (input.ownsResource ? 3 : undefined),
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
      tags: liveTags(item),
    };
  },
};
