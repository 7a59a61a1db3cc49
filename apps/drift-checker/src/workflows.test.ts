// The GitHub workflows, read with a YAML parser: every action at a current major that runs on Node 24 and pinned by
// commit SHA, Node 22 or newer; what the deploy and drift workflows that feed and mirror the drift checker must do;
// and their shell steps run with stand-ins for terraform and aws.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMap, isScalar, isSeq, parse, parseDocument } from 'yaml';

/**
 * The lowest major of each action the workflows may use: each action's current major, whose action.yml declares
 * `runs.using: node24` (GitHub's hosted runners no longer run Node 20 actions). Dependabot raises the pins; this
 * table only moves up.
 */
const MINIMUM_MAJORS: Readonly<Record<string, number>> = {
  'actions/checkout': 7,
  'actions/setup-node': 7,
  'actions/upload-artifact': 7,
  'actions/download-artifact': 8,
  'aws-actions/configure-aws-credentials': 6,
  'hashicorp/setup-terraform': 4,
  'github/codeql-action': 4,
};

/** The oldest Node the workflows may set up: the oldest the Lambda runs on, and what the cdktn check runs under. */
const MINIMUM_NODE_MAJOR = 22;

interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, unknown>;
}
interface Job {
  readonly steps?: Step[];
  readonly permissions?: Record<string, string>;
  readonly environment?: string;
  readonly strategy?: { 'max-parallel'?: number; matrix?: Record<string, unknown> };
}
interface Workflow {
  readonly on: Record<string, unknown>;
  readonly jobs: Record<string, Job>;
}

const workflowsDir = join(__dirname, '..', '..', '..', '.github', 'workflows');
const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const source = (file: string) => readFileSync(join(workflowsDir, file), 'utf8');
const load = (file: string) => parse(source(file)) as Workflow;

/** Every `uses:` of the workflow with the comment after it (`# v7.0.1`), from the YAML document. */
function actionRefs(text: string): { uses: string; comment: string }[] {
  const doc = parseDocument(text);
  if (doc.errors.length) throw new Error(doc.errors.map((e) => e.message).join('\n'));
  const refs: { uses: string; comment: string }[] = [];
  const jobs = doc.get('jobs');
  if (!isMap(jobs)) return refs;
  for (const job of jobs.items) {
    const steps = isMap(job.value) ? job.value.get('steps') : undefined;
    for (const step of isSeq(steps) ? steps.items : []) {
      const uses = isMap(step) ? step.get('uses', true) : undefined;
      if (isScalar(uses)) refs.push({ uses: String(uses.value), comment: (uses.comment ?? '').trim() });
    }
  }
  return refs;
}

/** What is wrong with the workflow's actions and Node version; empty when nothing is. */
function workflowProblems(text: string): string[] {
  const problems: string[] = [];
  for (const { uses, comment } of actionRefs(text)) {
    const m = /^([^/@\s]+\/[^/@\s]+)(\/[^@\s]+)?@(\S+)$/.exec(uses);
    if (!m) {
      problems.push(`${uses}: not an owner/repo@ref action`);
      continue;
    }
    const [, action, , ref] = m;
    const minimum = MINIMUM_MAJORS[action];
    if (minimum === undefined) {
      problems.push(`${uses}: ${action} is not in MINIMUM_MAJORS; add its current major that runs on node24`);
      continue;
    }
    if (!/^[0-9a-f]{40}$/.test(ref)) {
      problems.push(
        `${uses}: pin the full 40-character commit SHA, with the version in a comment (# vX.Y.Z)`,
      );
      continue;
    }
    const version = /^v(\d+)\.\d+\.\d+$/.exec(comment);
    if (!version) {
      problems.push(`${uses}: the pin needs its version in a comment (# vX.Y.Z), got "${comment}"`);
      continue;
    }
    if (Number(version[1]) < minimum)
      problems.push(`${action} ${comment}: below the minimum major v${minimum}, which runs on node24`);
  }
  const workflow = parse(text) as Workflow;
  for (const job of Object.values(workflow.jobs ?? {}))
    for (const step of job.steps ?? []) {
      if (!step.uses?.startsWith('actions/setup-node@')) continue;
      const nodeVersion = String(step.with?.['node-version'] ?? '');
      const major = Number(/^(\d+)/.exec(nodeVersion)?.[1]);
      if (!(major >= MINIMUM_NODE_MAJOR))
        problems.push(`setup-node node-version must be ${MINIMUM_NODE_MAJOR} or newer, got "${nodeVersion}"`);
    }
  return problems;
}

const steps = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps ?? []);
const stepNamed = (w: Workflow, prefix: string): Step => {
  const step = steps(w).find((s) => s.name?.startsWith(prefix));
  if (!step) throw new Error(`no step named "${prefix}…"`);
  return step;
};
const stepUsing = (w: Workflow, action: string): Step[] =>
  steps(w).filter((s) => s.uses?.startsWith(`${action}@`));
const runs = (w: Workflow) => steps(w).flatMap((s) => (s.run ? [s.run] : []));

/** Every key and string in the workflow, to look for stored AWS keys anywhere in it. */
function allKeysAndStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allKeysAndStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [k, ...allKeysAndStrings(v)]);
  return [];
}
const STORED_KEYS = /aws-access-key-id|aws-secret-access-key|AWS_SECRET_ACCESS_KEY|AWS_ACCESS_KEY_ID/;

describe('every workflow', () => {
  it('has workflows to check', () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml', 'drift.yml']));
  });

  it.each(workflowFiles)(
    '%s: every action at or above its minimum major, pinned by commit SHA, on Node 22+',
    (file) => {
      expect(actionRefs(source(file)).length).toBeGreaterThan(0);
      expect(workflowProblems(source(file))).toEqual([]);
    },
  );

  const sha = 'a'.repeat(40);
  const workflow = (...stepLines: string[]) =>
    ['on: push', 'jobs:', '  j:', '    runs-on: ubuntu-latest', '    steps:', ...stepLines].join('\n');
  it.each([
    [
      'a Node 20 major',
      `      - uses: actions/checkout@${sha} # v4.2.2`,
      'actions/checkout v4.2.2: below the minimum major v7, which runs on node24',
    ],
    [
      'a tag instead of a SHA',
      '      - uses: hashicorp/setup-terraform@v4',
      'hashicorp/setup-terraform@v4: pin the full 40-character commit SHA, with the version in a comment (# vX.Y.Z)',
    ],
    [
      'a SHA without its version',
      `      - uses: github/codeql-action/upload-sarif@${sha}`,
      `github/codeql-action/upload-sarif@${sha}: the pin needs its version in a comment (# vX.Y.Z), got ""`,
    ],
    [
      'an action missing from the table',
      `      - uses: someone/else@${sha} # v1.0.0`,
      `someone/else@${sha}: someone/else is not in MINIMUM_MAJORS; add its current major that runs on node24`,
    ],
    [
      'Node 20',
      `      - uses: actions/setup-node@${sha} # v7.0.0\n        with:\n          node-version: 20`,
      'setup-node node-version must be 22 or newer, got "20"',
    ],
    [
      'no node-version',
      `      - uses: actions/setup-node@${sha} # v7.0.0`,
      'setup-node node-version must be 22 or newer, got ""',
    ],
  ])('catches %s', (_name, step, problem) => {
    expect(workflowProblems(workflow(step))).toEqual([problem]);
  });

  it('accepts a newer major and a newer Node', () => {
    expect(
      workflowProblems(
        workflow(
          `      - uses: actions/setup-node@${sha} # v8.1.0\n        with:\n          node-version: '24.x'`,
        ),
      ),
    ).toEqual([]);
  });

  it.each(workflowFiles)('%s stores no AWS keys', (file) => {
    expect(allKeysAndStrings(load(file)).filter((s) => STORED_KEYS.test(s))).toEqual([]);
  });
});

describe('.github/dependabot.yml', () => {
  const config = parse(readFileSync(join(workflowsDir, '..', 'dependabot.yml'), 'utf8')) as {
    version: number;
    updates: { 'package-ecosystem': string; directory: string }[];
  };

  it('keeps the actions and the npm packages of the workspace up to date', () => {
    expect(config.version).toBe(2);
    expect(config.updates.map((u) => `${u['package-ecosystem']} ${u.directory}`).sort()).toEqual([
      'github-actions /',
      'npm /',
    ]);
  });
});

/** Runs a step's script with bash -e, as the runner does. */
function runScript(script: string, options: { cwd?: string; env: Record<string, string | undefined> }) {
  return spawnSync('bash', ['--norc', '--noprofile', '-e', '-c', script], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH, ...options.env },
    encoding: 'utf8',
  });
}

describe('.github/workflows/drift.yml', () => {
  const drift = load('drift.yml');
  const job = drift.jobs.drift;

  it('reads the account through AWS Config with a role from OIDC, on a schedule or by hand', () => {
    expect(job.permissions?.['id-token']).toBe('write');
    const [credentials] = stepUsing(drift, 'aws-actions/configure-aws-credentials');
    expect(credentials.with?.['role-to-assume']).toBe('${{ vars.DRIFT_ROLE_ARN }}');
    expect(runs(drift).some((r) => /npm run --silent drift -- check [^\n]*--from-config/.test(r))).toBe(true);
    expect((drift.on.schedule as { cron: string }[])[0].cron).toMatch(/^\S+ \S+ \S+ \S+ \S+$/);
    expect(drift.on).toHaveProperty('workflow_dispatch');
  });

  it('writes the markdown report to the job summary and uploads the SARIF', () => {
    const check = stepNamed(drift, 'Check drift').run;
    expect(check).toMatch(/--format markdown --output drift\.md/);
    expect(check).toMatch(/--format sarif --output drift\.sarif/);
    expect(stepNamed(drift, 'Job summary').run).toMatch(/cat drift\.md >> "\$GITHUB_STEP_SUMMARY"/);
    const [upload] = stepUsing(drift, 'github/codeql-action/upload-sarif');
    expect(upload.with?.sarif_file).toBe('drift.sarif');
    expect(job.permissions?.['security-events']).toBe('write');
  });

  it('uploads the HTML report as an artifact, with a warning and not a failure when it cannot be written', () => {
    const script = stepNamed(drift, 'HTML report').run!;
    expect(script).toMatch(/--format html --output drift-report\.html/);
    const [upload] = stepUsing(drift, 'actions/upload-artifact');
    expect(upload.with?.path).toBe('drift-report.html');
    const dir = mkdtempSync(join(tmpdir(), 'drift-html-'));
    try {
      mkdirSync(join(dir, 'bin'));
      writeFileSync(join(dir, 'bin', 'npm'), '#!/bin/sh\nexit "$NPM_CODE"\n');
      chmodSync(join(dir, 'bin', 'npm'), 0o755);
      const run = (code: string) =>
        runScript(script, {
          env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, NPM_CODE: code, AWS_REGION: 'eu-west-1' },
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
    const script = stepNamed(drift, 'Fail on drift').run!.replace(/\$\{\{ matrix\.environment \}\}/g, 'dev');
    expect(runScript(script, { env: { CODE: code, SARIF_CODE: sarif } }).status).toBe(exit);
  });
});

describe('.github/workflows/deploy.yml', () => {
  const deploy = load('deploy.yml');

  it('deploys on push to main with OIDC, synth then guard scan, and publishes cdktf.out for the drift checker', () => {
    expect((deploy.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(deploy.jobs.apply.permissions?.['id-token']).toBe('write');
    for (const credentials of stepUsing(deploy, 'aws-actions/configure-aws-credentials'))
      expect(credentials.with?.['role-to-assume']).toBe('${{ vars.DEPLOY_ROLE_ARN }}');
    const synthRuns = (deploy.jobs.synth.steps ?? []).map((s) => s.run ?? '');
    const synth = synthRuns.findIndex((r) => r.includes('npm run synth'));
    expect(synth).toBeGreaterThan(0);
    expect(synthRuns.findIndex((r) => r.includes('guard -- scan cdktf.out'))).toBeGreaterThan(synth);
    expect(runs(deploy).join('\n')).toMatch(/terraform -chdir="\$dir" apply -input=false tfplan/);
    expect(runs(deploy).join('\n')).toMatch(
      /aws s3 cp publish\/manifest\.json "s3:\/\/\$IAC_BUCKET\/cdktf\.out\//,
    );
  });

  it('applies each environment in its GitHub environment, dev before prod', () => {
    const apply = deploy.jobs.apply;
    expect(apply.environment).toBe('${{ matrix.environment }}');
    expect(apply.strategy?.['max-parallel']).toBe(1);
    expect(apply.strategy?.matrix?.environment).toEqual(['dev', 'prod']);
  });

  it('publishes each stack right after its apply, so the checker never compares the new resources with old IaC', () => {
    const script = stepNamed(
      deploy,
      'terraform apply, stack by stack in dependency order, publishing',
    ).run!.replace(/\$\{\{ matrix\.environment \}\}/g, 'dev');
    const dir = mkdtempSync(join(tmpdir(), 'deploy-apply-'));
    try {
      // terraform and aws stand-ins that record how they were called.
      const log = join(dir, 'calls.log');
      mkdirSync(join(dir, 'bin'));
      for (const tool of ['terraform', 'aws']) {
        writeFileSync(join(dir, 'bin', tool), `#!/bin/sh\necho "${tool} $*" >> "${log}"\n`);
        chmodSync(join(dir, 'bin', tool), 0o755);
      }
      const r = runScript(script, {
        cwd: dir,
        env: {
          PATH: `${join(dir, 'bin')}:${process.env.PATH}`,
          STACKS: 'identity-dev app-dev',
          IAC_BUCKET: 'acme-iac',
        },
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
    const script = stepNamed(deploy, 'Order the environment').run!;
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
      const r = runScript(script, { cwd: dir, env: { STACK_SELECTOR: '-dev$', GITHUB_OUTPUT: out } });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(readFileSync(out, 'utf8').trim()).toBe('stacks=identity-dev network-dev app-dev');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
