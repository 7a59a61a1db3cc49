// The deploy and drift workflows that feed and mirror the drift checker: what they must do, checked on their text,
// and the drift job's verdict script run with every combination of the two report runs' exit codes.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const workflows = join(__dirname, '..', '..', '..', '.github', 'workflows');
const deploy = readFileSync(join(workflows, 'deploy.yml'), 'utf8');
const drift = readFileSync(join(workflows, 'drift.yml'), 'utf8');

/** The `run: |` block of the step whose name starts with `name`, dedented. */
function runBlock(workflow: string, name: string): string {
  const lines = workflow.split('\n');
  const start = lines.findIndex((l) => l.trim().startsWith(`- name: ${name}`));
  if (start < 0) throw new Error(`no step named "${name}"`);
  const run = lines.findIndex((l, i) => i > start && l.trim() === 'run: |');
  const indent = (l: string) => l.length - l.trimStart().length;
  const body: string[] = [];
  for (const l of lines.slice(run + 1)) {
    if (l.trim() !== '' && indent(l) <= indent(lines[run])) break;
    body.push(l);
  }
  const margin = Math.min(...body.filter((l) => l.trim()).map(indent));
  return body.map((l) => l.slice(margin)).join('\n');
}

describe('.github/workflows/drift.yml', () => {
  it('reads the account through AWS Config with a role from OIDC, never stored keys', () => {
    expect(drift).toMatch(/id-token: write/);
    expect(drift).toMatch(/aws-actions\/configure-aws-credentials@v\d/);
    expect(drift).toMatch(/role-to-assume: \$\{\{ vars\.DRIFT_ROLE_ARN \}\}/);
    expect(drift).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/);
    expect(drift).toMatch(/npm run --silent drift -- check [^\n]*--from-config/);
    expect(drift).toMatch(/schedule:\s*\n\s*- cron:/);
    expect(drift).toMatch(/workflow_dispatch:/);
  });

  it('writes the markdown report to the job summary and uploads the SARIF', () => {
    expect(drift).toMatch(/--format markdown --output drift\.md/);
    expect(drift).toMatch(/cat drift\.md >> "\$GITHUB_STEP_SUMMARY"/);
    expect(drift).toMatch(/--format sarif --output drift\.sarif/);
    expect(drift).toMatch(/github\/codeql-action\/upload-sarif@v\d[\s\S]*sarif_file: drift\.sarif/);
  });

  it('uploads the HTML report as an artifact, with a warning and not a failure when it cannot be written', () => {
    expect(drift).toMatch(/--format html --output drift-report\.html/);
    expect(drift).toMatch(/actions\/upload-artifact@v\d[\s\S]*path: drift-report\.html/);
    const script = runBlock(drift, 'HTML report');
    const dir = mkdtempSync(join(tmpdir(), 'drift-html-'));
    try {
      mkdirSync(join(dir, 'bin'));
      writeFileSync(join(dir, 'bin', 'npm'), '#!/bin/sh\nexit "$NPM_CODE"\n');
      chmodSync(join(dir, 'bin', 'npm'), 0o755);
      const run = (code: string) =>
        spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', script], {
          env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, NPM_CODE: code, AWS_REGION: 'eu-west-1' },
          encoding: 'utf8',
        });
      for (const code of ['0', '1']) expect(run(code)).toMatchObject({ status: 0, stdout: '' });
      expect(run('2')).toMatchObject({
        status: 0,
        stdout: '::warning::the HTML drift report was not written (exit 2)\n',
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    ['0', '0', 0],
    ['1', '1', 1],
    ['1', '0', 1],
    ['2', '0', 2],
    ['0', '2', 2],
    ['1', '2', 2],
    ['', '', 2],
  ])('fails the job on drift or error: markdown run %p, SARIF run %p → exit %p', (code, sarif, exit) => {
    const script = runBlock(drift, 'Fail on drift').replace(/\$\{\{ matrix\.environment \}\}/g, 'dev');
    const r = spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', script], {
      env: { PATH: process.env.PATH, CODE: code, SARIF_CODE: sarif },
      encoding: 'utf8',
    });
    expect(r.status).toBe(exit);
  });
});

describe('.github/workflows/deploy.yml', () => {
  it('deploys on push to main with OIDC, synth then guard scan, and publishes cdktf.out for the drift checker', () => {
    expect(deploy).toMatch(/push:\s*\n\s*branches: \[main\]/);
    expect(deploy).toMatch(/id-token: write/);
    expect(deploy).toMatch(/role-to-assume: \$\{\{ vars\.DEPLOY_ROLE_ARN \}\}/);
    expect(deploy).not.toMatch(/aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY/);
    expect(deploy.indexOf('npm run synth')).toBeGreaterThan(0);
    expect(deploy.indexOf('guard -- scan cdktf.out')).toBeGreaterThan(deploy.indexOf('npm run synth'));
    expect(deploy).toMatch(/terraform -chdir="\$dir" apply -input=false tfplan/);
    expect(deploy).toMatch(/aws s3 cp publish\/manifest\.json "s3:\/\/\$IAC_BUCKET\/cdktf\.out\//);
  });

  it('applies each environment in its GitHub environment, dev before prod', () => {
    expect(deploy).toMatch(/environment: \$\{\{ matrix\.environment \}\}/);
    expect(deploy).toMatch(/max-parallel: 1/);
    expect(deploy).toMatch(/environment: \[dev, prod\]/);
  });

  it('publishes each stack right after its apply, so the checker never compares the new resources with old IaC', () => {
    const script = runBlock(
      deploy,
      'terraform apply, stack by stack in dependency order, publishing',
    ).replace(/\$\{\{ matrix\.environment \}\}/g, 'dev');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-apply-'));
    try {
      // terraform and aws stand-ins that record how they were called.
      const log = join(dir, 'calls.log');
      mkdirSync(join(dir, 'bin'));
      for (const tool of ['terraform', 'aws']) {
        writeFileSync(join(dir, 'bin', tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`);
        chmodSync(join(dir, 'bin', tool), 0o755);
      }
      const r = spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', script], {
        cwd: dir,
        env: {
          PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
          STACKS: 'identity-dev app-dev',
          IAC_BUCKET: 'acme-iac',
        },
        encoding: 'utf8',
      });
      expect(r.status).toBe(0);
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      const step = (stack: string) => [
        `terraform -chdir=cdktf.out/stacks/${stack} init -input=false`,
        `terraform -chdir=cdktf.out/stacks/${stack} plan -input=false -out=tfplan`,
        `terraform -chdir=cdktf.out/stacks/${stack} apply -input=false tfplan`,
        `aws s3 cp publish/stacks/${stack}/cdk.tf.json s3://acme-iac/cdktf.out/dev/stacks/${stack}/cdk.tf.json`,
      ];
      expect(calls).toEqual([...step('identity-dev'), ...step('app-dev')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('orders stacks by their manifest dependencies before applying', () => {
    const script = runBlock(deploy, 'Order the environment');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-order-'));
    const manifest = {
      stacks: {
        'app-dev': { dependencies: ['network-dev', 'identity-dev'] },
        'network-dev': { dependencies: ['identity-dev'] },
        'identity-dev': { dependencies: [] },
        'app-prod': { dependencies: [] },
      },
    };
    mkdirSync(join(dir, 'cdktf.out'));
    writeFileSync(join(dir, 'cdktf.out', 'manifest.json'), JSON.stringify(manifest));
    const out = join(dir, 'out');
    try {
      const r = spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', script], {
        cwd: dir,
        env: { PATH: process.env.PATH, STACK_SELECTOR: '-dev$', GITHUB_OUTPUT: out },
        encoding: 'utf8',
      });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(out, 'utf8').trim()).toBe('stacks=identity-dev network-dev app-dev');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
