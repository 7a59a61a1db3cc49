import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Aspects, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { synthApp, testApp } from '@groundwork/testing';
import { ConfigRecorder, Guard, Tagging, suppress } from './index';

// The example of README.md: the last test checks that the README shows this class as it is here.
class GovernanceStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });

    new ConfigRecorder(this, 'config', {
      recordGlobalResources: true, // true in exactly one region per account
      snapshotDeliveryFrequency: 'Six_Hours',
    });

    const queue = new SqsQueue(this, 'notifications', { sqsManagedSseEnabled: false });
    suppress(queue, 'GW-SQS-001', 'Carries only public build notifications');

    Aspects.of(this).add(new Tagging({ project: 'groundwork', environment: 'prod', owner: 'platform-team' }));
    Aspects.of(this).add(new Guard());
  }
}

describe('README example', () => {
  it('synthesizes with the guard passing, tags stamped and the suppression recorded', () => {
    const app = testApp();
    new GovernanceStack(app, 'governance-prod');
    const stack = synthApp(app)['governance-prod'];
    const queue = stack.resource('aws_sqs_queue');
    expect(queue.values.tags).toEqual({ 'iac:stack': 'governance-prod', 'iac:address': queue.address });
    expect(queue.values['//']).toMatchObject({
      guard: { suppressions: { 'GW-SQS-001': 'Carries only public build notifications' } },
    });
    expect(stack.resource('aws_config_configuration_recorder_status').values.is_enabled).toBe(true);
  });

  it('fails synthesis without the suppression', () => {
    const app = testApp();
    const stack = new TerraformStack(app, 'unsuppressed');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    new SqsQueue(stack, 'notifications', { sqsManagedSseEnabled: false });
    Aspects.of(stack).add(new Guard());
    expect(() => app.synth()).toThrow(/guard GW-SQS-001 \(error\) at unsuppressed\/notifications/);
  });

  it('is shown in the README exactly as it is tested here', () => {
    const source = readFileSync(__filename, 'utf8');
    const example = /^class GovernanceStack [\s\S]*?^}$/m.exec(source)?.[0];
    expect(example).toMatch(/^class GovernanceStack extends TerraformStack \{/);
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    expect(readme).toContain(example);
  });
});
