// The DriftChecker construct and this function agree on the environment: the variables the synthesized function
// gets are exactly the ones readSettings (or Powertools and Node) reads, and they parse.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TerraformStack } from 'cdktf';
import {
  ADAPTED_RESOURCE_TYPES,
  ADAPTED_TYPES_BY_SOURCE,
  DRIFT_CHECKER_RUNTIME_ENV,
  DRIFT_CHECKER_SERVICE_NAME,
  DRIFT_METRICS_NAMESPACE,
} from '@groundwork/drift';
import { DriftChecker, type DriftCheckerProps } from '@groundwork/governance';
import { synthConstruct } from '@groundwork/testing';
import { readSettings } from './environment';
import { recordingEnvironment } from './test-support/recording-environment';

const bundleDir = mkdtempSync(join(tmpdir(), 'drift-checker-bundle-'));
writeFileSync(join(bundleDir, 'main.js'), 'exports.handler = async () => ({});\n');
afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

/** The environment variables of the synthesized function. */
function environmentOf(props: Omit<DriftCheckerProps, 'bundleDir'>): Record<string, string> {
  const stack = synthConstruct((s: TerraformStack) => new DriftChecker(s, 'drift', { bundleDir, ...props }));
  const fn = stack.resource('aws_lambda_function').values as {
    environment: { variables: Record<string, string> };
  };
  return fn.environment.variables;
}

/** readSettings on that environment, with the names of the variables it asked for. */
function read(env: Record<string, string>) {
  const { environment, asked } = recordingEnvironment(env);
  return { settings: readSettings(environment), asked };
}

const token = (type: string, attribute: string) =>
  expect.stringMatching(new RegExp(`^\\$\\{${type}\\.drift_\\w+\\.${attribute}\\}$`));
const runtimeVariables = Object.values(DRIFT_CHECKER_RUNTIME_ENV).sort();

describe("the DriftChecker's environment and the function's settings", () => {
  it('with the defaults: every variable set is read, none read is missing, and they parse', () => {
    const env = environmentOf({ iacBucket: 'acme-iac', statePrefix: 'groundwork/' });
    const { settings, asked } = read(env);
    expect([...asked].filter((name) => !(name in env))).toEqual([]);
    expect(
      Object.keys(env)
        .filter((name) => !asked.has(name))
        .sort(),
    ).toEqual(runtimeVariables);
    expect(settings).toEqual({
      iacBucket: 'acme-iac',
      iacPrefix: 'cdktf.out/',
      stateBucket: 'acme-iac',
      statePrefix: 'groundwork/',
      cacheTtlSeconds: 60,
      dedupeWindowSeconds: 86_400,
      topicArn: token('aws_sns_topic', 'arn'),
      eventBusName: token('aws_cloudwatch_event_bus', 'name'),
      recordedTypes: [],
      // Config's types, then those read through Cloud Control and directly.
      sweepTypes: [
        ...ADAPTED_RESOURCE_TYPES,
        ...ADAPTED_TYPES_BY_SOURCE.cloudcontrol,
        ...ADAPTED_TYPES_BY_SOURCE.direct,
      ],
      reportBucket: null,
      reportPrefix: '',
      reportKmsKeyArn: null,
    });
  });

  it('with every option set, each reaches the setting it is for', () => {
    const env = environmentOf({
      iacBucket: 'acme-iac',
      iacPrefix: 'published/dev',
      stateBucket: 'acme-tfstate',
      statePrefix: 'state/dev',
      cacheTtlSeconds: 5,
      dedupeWindowSeconds: 3600,
      resourceTypes: ['AWS::S3::Bucket', 'AWS::IAM::Role'],
      recordedResourceTypes: ['AWS::S3::Bucket'],
      otherLiveTypes: ['AWS::Logs::LogGroup'],
      reportBucket: 'acme-reports',
      reportPrefix: 'drift/dev',
      reportKmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555',
      logLevel: 'DEBUG',
    });
    const { settings, asked } = read(env);
    expect(
      Object.keys(env)
        .filter((name) => !asked.has(name))
        .sort(),
    ).toEqual(runtimeVariables);
    expect(settings).toMatchObject({
      iacPrefix: 'published/dev/',
      stateBucket: 'acme-tfstate',
      statePrefix: 'state/dev/',
      cacheTtlSeconds: 5,
      dedupeWindowSeconds: 3600,
      recordedTypes: ['AWS::S3::Bucket'],
      sweepTypes: ['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::Logs::LogGroup'],
      reportBucket: 'acme-reports',
      reportPrefix: 'drift/dev/',
      reportKmsKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/11111111-2222-3333-4444-555555555555',
    });
  });

  it('names the service and metrics namespace the function falls back to', () => {
    const env = environmentOf({ iacBucket: 'acme-iac', statePrefix: 'groundwork/' });
    expect(env[DRIFT_CHECKER_RUNTIME_ENV.serviceName]).toBe(DRIFT_CHECKER_SERVICE_NAME);
    expect(env[DRIFT_CHECKER_RUNTIME_ENV.metricsNamespace]).toBe(DRIFT_METRICS_NAMESPACE);
    expect(env[DRIFT_CHECKER_RUNTIME_ENV.logLevel]).toBe('INFO');
  });
});
