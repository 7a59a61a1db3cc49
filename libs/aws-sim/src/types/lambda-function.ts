// AWS::Lambda::Function.
import type { Attrs } from '../apply/applied-resource';
import { configItem, tagsOf } from '../config/config-item';
import { arn } from './helpers';
import type { SimulatedType } from './simulated-type';

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
        };
      },
      record: ({ attrs: a }, lookup, ctx) => {
        const tags = tagsOf(a);
        const role = lookup('aws_iam_role', (x) => x.arn === a.role)[0];
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
            description: '',
            timeout: a.timeout,
            memorySize: a.memory_size,
            lastModified: a.last_modified,
            codeSha256: a.source_code_hash,
            version: '$LATEST',
            tracingConfig: { mode: (a.tracing_config as Attrs[])[0].mode },
            revisionId: ctx.ids.uuid(),
            architectures: a.architectures,
            packageType: 'Zip',
            ephemeralStorage: { size: 512 },
            state: { value: 'Active' },
            lastUpdateStatus: { value: 'Successful' },
          },
          supplementaryConfiguration: { Tags: tags },
        });
      },
    },
  },
};
