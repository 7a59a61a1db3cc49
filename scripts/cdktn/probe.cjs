// Synthesizes the same small inputs with one CDK for Terraform distribution, the one installed in the workspace
// given, and prints what the check compares between distributions as JSON:
//   node scripts/cdktn/probe.cjs <workspace> <cdktf|cdktn> <@cdktf/provider-aws|@cdktn/provider-aws>
// - `provider`: the aws entry of required_providers, as a stack with an AwsProvider synthesizes it;
// - `firstResourceLine`: the line of `"resource"` in the cdk.tf.json that `app.synth()` writes for a stack without
//   outputs (line numbers in reports point into that file).
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const { createRequire } = require('node:module');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');

const [workspace, cdkModule, providerModule] = process.argv.slice(2);
const load = createRequire(join(resolve(workspace), 'package.json'));
const { App, Testing, TerraformStack } = load(cdkModule);
const { AwsProvider } = load(`${providerModule}/lib/provider`);
const { SqsQueue } = load(`${providerModule}/lib/sqs-queue`);

function stackWithProvider(app) {
  const stack = new TerraformStack(app, 'probe');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new SqsQueue(stack, 'queue', { name: 'probe' });
  return stack;
}

const provider = JSON.parse(Testing.synth(stackWithProvider(Testing.app()))).terraform.required_providers.aws;

const outdir = mkdtempSync(join(tmpdir(), 'cdk-probe-'));
let firstResourceLine;
try {
  const app = new App({ outdir });
  stackWithProvider(app);
  app.synth();
  const lines = readFileSync(join(outdir, 'stacks', 'probe', 'cdk.tf.json'), 'utf8').split('\n');
  firstResourceLine = lines.findIndex((l) => l.trim().startsWith('"resource"')) + 1;
} finally {
  rmSync(outdir, { recursive: true, force: true });
}

process.stdout.write(JSON.stringify({ provider, firstResourceLine }));
