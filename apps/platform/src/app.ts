import { App, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';

/** The smallest useful stack: proves synthesis end to end until the reference architecture lands. */
export class FoundationStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'eu-west-1' });
    new Vpc(this, 'vpc', {
      cidrBlock: '10.0.0.0/16',
      enableDnsHostnames: true,
      enableDnsSupport: true,
      tags: { Name: 'groundwork-dev' },
    });
  }
}

/** Adds every stack of the platform to the app. */
export function buildPlatform(app: App): void {
  new FoundationStack(app, 'foundation-dev');
}
