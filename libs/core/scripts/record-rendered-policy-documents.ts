// Records how the AWS provider renders `aws_iam_policy_document` into
// libs/core/src/iam-policy/fixtures/provider-rendered-policy-documents.json, which the renderer's test compares
// with byte for byte. It applies one throwaway configuration of data sources with offline Terraform and the
// mirrored provider (nothing is created; the data source computes locally).
//
//   npx tsx --tsconfig tsconfig.base.json libs/core/scripts/record-rendered-policy-documents.ts
//
// Needs terraform on PATH and a filesystem mirror holding registry.terraform.io/hashicorp/aws/<version>/
// (GROUNDWORK_TF_MIRROR, default /opt/tf-plugins).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { policyDocumentCases } from './policy-document-cases';

const mirror = process.env.GROUNDWORK_TF_MIRROR ?? '/opt/tf-plugins';
const versions = readdirSync(join(mirror, 'registry.terraform.io/hashicorp/aws'));
if (versions.length !== 1)
  throw new Error(`expected one hashicorp/aws version in ${mirror}, found ${versions.join(', ')}`);
const providerVersion = versions[0];

const cases = policyDocumentCases();
const dir = mkdtempSync(join(tmpdir(), 'policy-documents-'));
try {
  writeFileSync(
    join(dir, 'offline.tfrc'),
    `provider_installation {\n  filesystem_mirror {\n    path = ${JSON.stringify(mirror)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }\n  direct {\n    exclude = ["registry.terraform.io/*/*"]\n  }\n}\n`,
  );
  const names = cases.map((_, i) => `case_${i}`);
  writeFileSync(
    join(dir, 'main.tf.json'),
    JSON.stringify({
      terraform: { required_providers: { aws: { source: 'hashicorp/aws', version: providerVersion } } },
      provider: {
        aws: {
          region: 'us-east-1',
          access_key: 'offline',
          secret_key: 'offline',
          skip_credentials_validation: true,
          skip_requesting_account_id: true,
          skip_metadata_api_check: true,
        },
      },
      data: { aws_iam_policy_document: Object.fromEntries(cases.map((c, i) => [names[i], c.body])) },
      output: Object.fromEntries(
        names.map((n) => [
          n,
          {
            value: {
              json: `\${data.aws_iam_policy_document.${n}.json}`,
              minified_json: `\${data.aws_iam_policy_document.${n}.minified_json}`,
            },
          },
        ]),
      ),
    }),
  );
  const env = {
    ...process.env,
    TF_CLI_CONFIG_FILE: join(dir, 'offline.tfrc'),
    CHECKPOINT_DISABLE: '1',
    TF_IN_AUTOMATION: '1',
  };
  const terraform = (...args: string[]) =>
    execFileSync('terraform', args, { cwd: dir, env, encoding: 'utf8', maxBuffer: 1 << 28 });
  terraform('init', '-input=false', '-no-color');
  terraform('apply', '-auto-approve', '-input=false', '-no-color');
  const outputs = JSON.parse(terraform('output', '-json')) as Record<
    string,
    { value: { json: string; minified_json: string } }
  >;
  const recorded = {
    provider: `hashicorp/aws ${providerVersion}`,
    terraform: (JSON.parse(terraform('version', '-json')) as { terraform_version: string }).terraform_version,
    cases: cases.map((c, i) => ({
      name: c.name,
      body: c.body,
      json: outputs[names[i]].value.json,
      minifiedJson: outputs[names[i]].value.minified_json,
    })),
  };
  const out = resolve(__dirname, '../src/iam-policy/fixtures/provider-rendered-policy-documents.json');
  writeFileSync(out, `${JSON.stringify(recorded, null, 2)}\n`);
  process.stdout.write(
    `recorded ${cases.length} documents rendered by hashicorp/aws ${providerVersion} into ${out}\n`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
