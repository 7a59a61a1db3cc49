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

  it('is IN_SYNC on the history item; Terraform defaults (128 MB, 3 s) count as set', () => {
    const engine = engineFor({
      fn: {
        resources: {
          aws_lambda_function: {
            sub: {
              function_name: 'omnissm-config-subscribe',
              role: 'arn:aws:iam::644160558196:role/CloudCustodianRole',
              runtime: 'python2.7',
              handler: 'subscribe.handle',
              tags: { 'lambda:createdBy': 'SAM' },
            },
          },
        },
      },
    });
    expect(engine.checkItem(history).status).toBe('IN_SYNC');
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
        },
      },
    });
    expect(engine.checkItem(item).differences).toEqual([
      { path: 'timeout', expected: 60, actual: 30, type: 'NOT_EQUAL' },
    ]);
  });
});
