import { awsConfigExample } from '../fixtures/load-fixture';
import { configItem, engineFor } from '../fixtures/harness';
import { parseLive } from '../live/parse-live';

describe('AWS::Lambda::Function adapter (real items)', () => {
  const [history] = parseLive(
    awsConfigExample('custodian-placebo-GetResourceConfigHistory-lambda-function.json'),
    'l',
  ).items;

  const select = JSON.parse(
    (
      awsConfigExample('custodian-placebo-SelectResourceConfig-lambda-function.json') as {
        data: { Results: string[] };
      }
    ).data.Results[0],
  );

  /** aws_lambda_permission resources granting what a recorded policy's statements grant. */
  const permissionsOf = (policyText: string, functionRef: string) => {
    const doc = JSON.parse(policyText) as { Statement: Record<string, any>[] }; // eslint-disable-line @typescript-eslint/no-explicit-any -- AWS's JSON
    return Object.fromEntries(
      doc.Statement.map((st, i) => [
        `p${i}`,
        {
          function_name: functionRef,
          statement_id: st.Sid,
          action: 'lambda:InvokeFunction',
          principal: st.Principal.Service,
          source_arn: st.Condition.ArnLike['AWS:SourceArn'],
        },
      ]),
    );
  };
  const subscribe = {
    function_name: 'omnissm-config-subscribe',
    role: 'arn:aws:iam::644160558196:role/CloudCustodianRole',
    runtime: 'python2.7',
    handler: 'subscribe.handle',
    tags: { 'lambda:createdBy': 'SAM' },
  };
  // The recorded policy, once decoded: a JSON string of the document.
  const historyPolicy = JSON.parse(
    (
      awsConfigExample('custodian-placebo-GetResourceConfigHistory-lambda-function.json') as {
        data: { configurationItems: { supplementaryConfiguration: { Policy: string } }[] };
      }
    ).data.configurationItems[0].supplementaryConfiguration.Policy,
  ) as string;

  it('is IN_SYNC on the history item (its policy a JSON string of a JSON string); Terraform defaults (128 MB, 3 s) count as set', () => {
    const engine = engineFor({
      fn: {
        resources: {
          aws_lambda_function: { sub: subscribe },
          aws_lambda_permission: permissionsOf(historyPolicy, '${aws_lambda_function.sub.function_name}'),
        },
      },
    });
    expect(engine.checkItem(history)).toMatchObject({
      status: 'IN_SYNC',
      addresses: ['aws_lambda_function.sub', 'aws_lambda_permission.p0'],
    });
  });

  it('reports a permission the IaC does not grant on a function it creates, and one it grants that is gone', () => {
    const [statement] = JSON.parse(historyPolicy).Statement;
    const engine = engineFor({
      fn: {
        resources: {
          aws_lambda_function: { sub: subscribe },
          aws_lambda_permission: {
            config: {
              function_name: '${aws_lambda_function.sub.function_name}',
              statement_id: 'AllowConfig',
              action: 'lambda:InvokeFunction',
              principal: 'config.amazonaws.com',
              source_account: '644160558196',
            },
          },
        },
      },
    });
    expect(engine.checkItem(history).differences).toEqual([
      {
        path: 'permissions.AllowConfig',
        expected: {
          action: 'lambda:InvokeFunction',
          principal: 'config.amazonaws.com',
          source_account: '644160558196',
        },
        actual: null,
        type: 'REMOVE',
      },
      {
        path: `permissions.${statement.Sid}`,
        expected: undefined,
        actual: {
          action: 'lambda:invokeFunction',
          principal: 'events.amazonaws.com',
          source_arn: statement.Condition.ArnLike['AWS:SourceArn'],
        },
        type: 'ADD',
      },
    ]);
  });

  it('coerces select floats (60.0) and reports a changed timeout', () => {
    const item = configItem(
      'AWS::Lambda::Function',
      'omnissm-handle-registrations',
      { ...select.configuration, timeout: 30.0 },
      { supplementaryConfiguration: select.supplementaryConfiguration },
    );
    const engine = engineFor({
      fn: {
        resources: {
          aws_lambda_function: {
            reg: {
              function_name: 'omnissm-handle-registrations',
              timeout: 60,
              memory_size: 128,
              runtime: 'go1.x',
              tracing_config: { mode: 'Active' },
            },
          },
          aws_lambda_permission: permissionsOf(
            select.supplementaryConfiguration.Policy,
            '${aws_lambda_function.reg.function_name}',
          ),
        },
      },
    });
    expect(engine.checkItem(item).differences).toEqual([
      { path: 'timeout', expected: 60, actual: 30, type: 'NOT_EQUAL' },
    ]);
  });
});
