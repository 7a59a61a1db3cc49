import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { sarifJsonSchema } from '@groundwork/core';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { captureIo } from '../capture-io';
import { runCli } from '../cli';

/** The SARIF 2.1.0 schema committed in libs/core, compiled with ajv 8. */
function sarifValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  return ajv.compile(sarifJsonSchema());
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'groundwork-guard-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function guard(...argv: string[]) {
  const t = captureIo({ cwd: dir });
  const code = await runCli(['guard', ...argv], t.io);
  return { code, out: t.stdout(), err: t.stderr() };
}

function writeJson(name: string, json: unknown): string {
  writeFileSync(join(dir, name), typeof json === 'string' ? json : JSON.stringify(json, null, 2));
  return name;
}

/** A real cdktf output directory: one stack with SSH open to the world and a compliant queue. */
function synthesizeCdktfOut(): string {
  const outdir = join(dir, 'cdktf.out');
  const app = new App({ outdir });
  const stack = new TerraformStack(app, 'edge-dev');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  new SecurityGroup(stack, 'ssh', {
    vpcId: 'vpc-123',
    ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }],
  });
  new SqsQueue(stack, 'jobs', { name: 'jobs' });
  app.synth();
  return 'cdktf.out';
}

const warningOnly = {
  resource: { aws_subnet: { public: { cidr_block: '10.0.0.0/24', map_public_ip_on_launch: true } } },
};

describe('groundwork guard scan', () => {
  it('scans a cdktf output directory and fails on errors, naming stack, construct path and fix', async () => {
    const { code, out } = await guard('scan', synthesizeCdktfOut());
    expect(code).toBe(1);
    expect(out).toContain(
      'edge-dev (cdktf.out/stacks/edge-dev/cdk.tf.json): 1 error, 0 warnings, 0 suppressed',
    );
    expect(out).toMatch(/edge-dev\/ssh {2}\[aws_security_group\.ssh\]\n +error +GW-NET-001/);
    expect(out).toMatch(/fix: Restrict the rule/);
  });

  it('writes SARIF whose locations name the cdk.tf.json and the construct path', async () => {
    const { code, out } = await guard('scan', 'cdktf.out', '--format', 'sarif');
    expect(code).toBe(1);
    const validate = sarifValidator();
    expect(validate(JSON.parse(out))).toBe(true);
    const result = JSON.parse(out).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation.uri).toBe(
      'cdktf.out/stacks/edge-dev/cdk.tf.json',
    );
    expect(result.locations[0].logicalLocations[0].fullyQualifiedName).toBe('edge-dev/ssh');
  });

  it('fails on warnings only with --strict', async () => {
    const file = writeJson('subnets.tf.json', warningOnly);
    expect((await guard('scan', file)).code).toBe(0);
    const strict = await guard('scan', file, '--strict', '--format=json');
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.out).summary).toEqual({ errors: 0, warnings: 1, notes: 0, suppressed: 0 });
    expect(JSON.parse(strict.out).stacks).toEqual([{ stack: 'subnets', file: 'subnets.tf.json' }]);
  });

  it('lists what it cannot decide as notes, which never fail a scan, even with --strict', async () => {
    const file = writeJson('computed.tf.json', {
      resource: {
        aws_db_instance: {
          db: {
            storage_encrypted: '${var.encrypted}',
            multi_az: true,
            deletion_protection: true,
            backup_retention_period: 7,
          },
        },
      },
    });
    for (const args of [[], ['--strict']]) {
      const { code, out } = await guard('scan', file, ...args);
      expect(code).toBe(0);
      expect(out).toContain('computed (computed.tf.json): 0 errors, 0 warnings, 1 note, 0 suppressed');
      expect(out).toMatch(
        /note +GW-RDS-001 +RDS storage must be encrypted\n +storage_encrypted is computed \(\$\{var\.encrypted\}\): cannot tell whether it is true\n/,
      );
    }
    const sarif = JSON.parse((await guard('scan', file, '--format', 'sarif')).out);
    expect(sarif.runs[0].results.map((r: { level: string }) => r.level)).toEqual(['note']);
  });

  it('writes the report to --output and nothing to stdout', async () => {
    const file = writeJson('subnets.tf.json', warningOnly);
    const { code, out } = await guard('scan', file, '-o', 'report.json', '-f', 'json');
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).findings).toHaveLength(1);
  });

  const badInputs: [string, string[], RegExp, Record<string, unknown>?][] = [
    [
      'a missing file',
      ['scan', 'missing.tf.json'],
      /missing\.tf\.json: no such file or directory\. Pass a cdktf output directory/,
    ],
    [
      'invalid JSON',
      ['scan', 'broken.tf.json'],
      /broken\.tf\.json: not valid JSON .*not HCL/,
      { 'broken.tf.json': '{"resource": ' },
    ],
    [
      'a JSON string',
      ['scan', 'string.tf.json'],
      /string\.tf\.json: the top level must be a Terraform JSON object \(or an array of objects\), got a string/,
      { 'string.tf.json': '"resource"' },
    ],
    [
      'a malformed resource section',
      ['scan', 'bad-section.tf.json'],
      /bad-section\.tf\.json: field "resource\.aws_vpc": .*got a string/,
      { 'bad-section.tf.json': { resource: { aws_vpc: 'main' } } },
    ],
    ['no input', ['scan'], /needs at least one input/],
    [
      'an unknown format',
      ['scan', 'x.tf.json', '--format', 'xml'],
      /--format must be one of text, json, sarif, got "xml"/,
    ],
    ['an unknown option', ['scan', 'x.tf.json', '--bogus'], /unknown option "--bogus"/],
    ['an unknown subcommand', ['lint'], /unknown subcommand "lint"/],
  ];
  it.each(badInputs)('exits 2 with a clear message for %s', async (_name, argv, message, files = {}) => {
    for (const [name, json] of Object.entries(files)) writeJson(name, json);
    const { code, err, out } = await guard(...argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(out).toBe('');
  });

  it('names the manifest field that is wrong', async () => {
    mkdirSync(join(dir, 'bad.out'), { recursive: true });
    writeJson('bad.out/manifest.json', { version: '0.21.0', stacks: { web: { name: 'web' } } });
    const { code, err } = await guard('scan', 'bad.out', '--output', 'never.txt');
    expect(code).toBe(2);
    expect(err).toMatch(/bad\.out\/manifest\.json: field "stacks\.web\.synthesizedStackPath" must be/);
    expect(existsSync(join(dir, 'never.txt'))).toBe(false);
  });

  it('scans one stack directory under its directory name', async () => {
    synthesizeCdktfOut();
    const { code, out } = await guard('scan', 'cdktf.out/stacks/edge-dev', '--format', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(out).stacks).toEqual([
      { stack: 'edge-dev', file: 'cdktf.out/stacks/edge-dev/cdk.tf.json' },
    ]);
  });

  it('scans a directory of *.tf.json files as one module, locating each finding in its file', async () => {
    mkdirSync(join(dir, 'module'), { recursive: true });
    writeJson('module/bucket.tf.json', {
      resource: { aws_s3_bucket: { data: { bucket: '${var.name}' } } },
    });
    writeJson('module/public-access.tf.json', {
      resource: {
        aws_s3_bucket_public_access_block: {
          data: {
            bucket: '${var.name}',
            block_public_acls: true,
            block_public_policy: true,
            ignore_public_acls: true,
            restrict_public_buckets: true,
          },
        },
      },
    });
    writeJson('module/network.tf.json', {
      resource: {
        aws_security_group: {
          ssh: { ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }] },
        },
      },
    });
    const { code, out } = await guard('scan', 'module', '--format', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(out);
    expect(report.stacks).toEqual([{ stack: 'module', file: 'module' }]);
    const at = (f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`;
    // The public access block in another file is the bucket's: no GW-S3-001 to 004.
    expect(report.findings.filter((f: { ruleId: string }) => /GW-S3-00[1-4]/.test(f.ruleId))).toEqual([]);
    expect(report.findings.map(at)).toEqual(
      expect.arrayContaining(['GW-S3-005 module/bucket.tf.json:4', 'GW-NET-001 module/network.tf.json:4']),
    );
  });

  it('names the file of a module the scanner refuses', async () => {
    mkdirSync(join(dir, 'bad-module'), { recursive: true });
    writeJson('bad-module/good.tf.json', warningOnly);
    writeJson('bad-module/bad.tf.json', { resource: { aws_vpc: 'main' } });
    const { code, err } = await guard('scan', 'bad-module');
    expect(code).toBe(2);
    expect(err).toMatch(/bad-module\/bad\.tf\.json: field "resource\.aws_vpc": .*got a string/);
  });

  it('scans a file given twice once', async () => {
    const file = writeJson('twice.tf.json', warningOnly);
    const { out } = await guard('scan', file, file, '--format', 'json');
    expect(JSON.parse(out).stacks).toEqual([{ stack: 'twice', file: 'twice.tf.json' }]);
    expect(JSON.parse(out).findings).toHaveLength(1);
  });

  it('reports files of the same name under their paths', async () => {
    mkdirSync(join(dir, 'a'), { recursive: true });
    mkdirSync(join(dir, 'b'), { recursive: true });
    writeJson('a/main.tf.json', warningOnly);
    writeJson('b/main.tf.json', warningOnly);
    const { code, out } = await guard('scan', 'a/main.tf.json', 'b/main.tf.json', '--format', 'json');
    expect(code).toBe(0);
    expect(JSON.parse(out).stacks).toEqual([
      { stack: 'a/main', file: 'a/main.tf.json' },
      { stack: 'b/main', file: 'b/main.tf.json' },
    ]);
  });

  it('refuses two files that would report under one stack name', async () => {
    const named = { '//': { metadata: { stackName: 'web' } }, ...warningOnly };
    writeJson('web-a.tf.json', named);
    writeJson('web-b.tf.json', named);
    const { code, err, out } = await guard('scan', 'web-a.tf.json', 'web-b.tf.json');
    expect(code).toBe(2);
    expect(err).toMatch(/stack name "web" comes from both web-a\.tf\.json and web-b\.tf\.json/);
    expect(out).toBe('');
  });

  it('exits 2 and leaves no file behind when --output cannot be written', async () => {
    const file = writeJson('out-fail.tf.json', warningOnly);
    const { code, err, out } = await guard('scan', file, '--output', 'no-such-dir/report.sarif');
    expect(code).toBe(2);
    expect(err).toMatch(/--output .*no-such-dir\/report\.sarif: cannot be written \(ENOENT\)/);
    expect(out).toBe('');
    expect(readdirSync(dir).filter((name) => name.includes('.tmp'))).toEqual([]);
  });

  it.each<[string, Record<string, unknown> | undefined, RegExp]>([
    [
      'a directory with neither manifest.json nor cdk.tf.json',
      undefined,
      /empty\.out: neither manifest\.json, cdk\.tf\.json nor any \*\.tf\.json file is in this directory\. Pass the cdktf output directory/,
    ],
    [
      'a manifest without stacks',
      { version: '0.21.0' },
      /empty\.out\/manifest\.json: field "stacks" must be an object of stacks\..*npm start/,
    ],
    [
      'a manifest naming a stack file that is gone',
      { stacks: { web: { name: 'web', synthesizedStackPath: 'stacks/web/cdk.tf.json' } } },
      /field "stacks\.web\.synthesizedStackPath" names empty\.out\/stacks\/web\/cdk\.tf\.json, which does not exist\. Re-run `npm start`/,
    ],
  ])('exits 2 naming the problem for %s', async (_title, manifest, message) => {
    rmSync(join(dir, 'empty.out'), { recursive: true, force: true });
    mkdirSync(join(dir, 'empty.out'));
    if (manifest) writeJson('empty.out/manifest.json', manifest);
    const { code, err } = await guard('scan', 'empty.out');
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('teaches on --help: inputs, formats, exit codes and suppression', async () => {
    const { code, out } = await guard('scan', '--help');
    expect(code).toBe(0);
    for (const topic of [
      'cdktf.out',
      '--format',
      'sarif',
      '--strict',
      'Exit codes',
      "suppress(bucket, 'GW-S3-007'",
    ]) {
      expect(out).toContain(topic);
    }
  });

  it('lists every rule with its checkov and trivy ids', async () => {
    const { code, out } = await guard('rules');
    expect(code).toBe(0);
    expect(out).toMatch(
      /GW-NET-001 +error +Security group must not allow SSH \(22\) from the internet\n +checkov: CKV_AWS_24/,
    );
    expect(out).toMatch(/\n56 rules: 39 errors, 17 warnings\n$/);
  });
});
