// AWS::Lambda::Function, with the resource-based policy its aws_lambda_permission statements make up (Config records
// it in the function's item, as supplementary `Policy`: a JSON string).
import type { AppliedLookup, AppliedResource, Attrs } from '../apply/applied-resource';
import { configItem, RecorderContext, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

/** One statement of the function's policy, as Lambda writes an added permission. */
function statement(p: Attrs, functionArn: string): Record<string, unknown> {
  const condition: Record<string, Record<string, unknown>> = {};
  if (p.source_account) condition.StringEquals = { 'AWS:SourceAccount': p.source_account };
  if (p.principal_org_id)
    condition.StringEquals = { ...condition.StringEquals, 'aws:PrincipalOrgID': p.principal_org_id };
  if (p.source_arn) condition.ArnLike = { 'AWS:SourceArn': p.source_arn };
  const principal = String(p.principal);
  return {
    Sid: p.statement_id,
    Effect: 'Allow',
    Principal: /^\d{12}$/.test(principal)
      ? { AWS: `arn:aws:iam::${principal}:root` }
      : principal.includes('.')
        ? { Service: principal }
        : { AWS: principal },
    Action: p.action,
    Resource: functionArn,
    ...(Object.keys(condition).length > 0 ? { Condition: condition } : {}),
  };
}

/** The function's resource policy, or nothing when no permission names it (Lambda then has none). */
function policyOf(fn: Attrs, lookup: AppliedLookup): Record<string, unknown> {
  const permissions = lookup(
    'aws_lambda_permission',
    (p) => (p.function_name === fn.function_name || p.function_name === fn.arn) && !p.qualifier,
  );
  if (permissions.length === 0) return {};
  const document = {
    Version: '2012-10-17',
    Id: 'default',
    Statement: permissions.map((p) => statement(p.attrs, String(fn.arn))),
  };
  return { Policy: JSON.stringify(document) };
}

function functionItem(r: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext) {
  const a = r.attrs;
  const tags = tagsOf(a);
  const role = lookup('aws_iam_role', (x) => x.arn === a.role)[0];
  const vpc = (a.vpc_config as Attrs[] | undefined)?.[0];
  return configItem(ctx, {
    resourceType: 'AWS::Lambda::Function',
    resourceId: String(a.function_name),
    resourceName: String(a.function_name),
    arn: String(a.arn),
    tags,
    relationships: [
      {
        resourceType: 'AWS::IAM::Role',
        resourceId: String(role?.attrs.unique_id),
        name: 'Is associated with ',
      },
    ],
    configuration: {
      functionName: a.function_name,
      functionArn: a.arn,
      runtime: a.runtime,
      role: a.role,
      handler: a.handler,
      codeSize: 1948213,
      description: a.description,
      timeout: a.timeout,
      memorySize: a.memory_size,
      lastModified: a.last_modified,
      codeSha256: a.source_code_hash,
      version: '$LATEST',
      ...(vpc
        ? {
            vpcConfig: {
              subnetIds: vpc.subnet_ids,
              securityGroupIds: vpc.security_group_ids,
              vpcId: lookup('aws_subnet', (s) => s.id === (vpc.subnet_ids as string[])[0])[0]?.attrs.vpc_id,
            },
          }
        : {}),
      tracingConfig: { mode: (a.tracing_config as Attrs[])[0].mode },
      revisionId: ctx.ids.uuid(),
      architectures: a.architectures,
      packageType: 'Zip',
      ephemeralStorage: { size: 512 },
      state: { value: 'Active' },
      lastUpdateStatus: { value: 'Successful' },
    },
    supplementaryConfiguration: { Tags: tags, ...policyOf(a, lookup) },
  });
}

export const lambdaFunction: SimulatedType = {
  awsType: 'AWS::Lambda::Function',
  terraformTypes: {
    aws_lambda_function: {
      taggable: true,
      computed: (v, ctx) => {
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
          // The provider's defaults, and what Lambda reads back for a function without X-Ray settings.
          description: v.description ?? '',
          memory_size: v.memory_size ?? 128,
          timeout: v.timeout ?? 3,
          architectures: v.architectures ?? ['x86_64'],
          tracing_config: v.tracing_config ?? [{ mode: 'PassThrough' }],
        };
      },
      record: functionItem,
    },
    aws_lambda_permission: {
      computed: (v) => ({ id: v.statement_id }),
    },
  },
};
