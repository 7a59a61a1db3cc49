// Synthesizes the same small stack with one CDK for Terraform distribution, the one installed in the workspace
// given, and prints as JSON the aws entry of required_providers that a stack with an AwsProvider synthesizes:
//   node scripts/cdktn/probe.cjs <workspace> <cdktf|cdktn> <@cdktf/provider-aws|@cdktn/provider-aws>
const { createRequire } = require('node:module');
const { join, resolve } = require('node:path');

const [workspace, cdkModule, providerModule] = process.argv.slice(2);
const load = createRequire(join(resolve(workspace), 'package.json'));
const { Testing, TerraformStack } = load(cdkModule);
const { AwsProvider } = load(`${providerModule}/lib/provider`);
const { SqsQueue } = load(`${providerModule}/lib/sqs-queue`);

const stack = new TerraformStack(Testing.app(), 'probe');
new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
new SqsQueue(stack, 'queue', { name: 'probe' });
const provider = JSON.parse(Testing.synth(stack)).terraform.required_providers.aws;

process.stdout.write(JSON.stringify({ provider }));
