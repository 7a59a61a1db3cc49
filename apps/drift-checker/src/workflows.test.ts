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
  readonly needs?: string | string[];
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
    const upload = stepUsing(drift, 'actions/upload-artifact').find((s) =>
      String(s.with?.name).startsWith('drift-report-'),
    );
    expect(upload?.with?.path).toBe('drift-report.html');
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
    for (const job of [deploy.jobs.organization, deploy.jobs.apply])
      for (const credentials of (job.steps ?? []).filter((s) =>
        s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
      ))
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

  it("applies the management account's stacks, then the audit account's drift checker, before any environment", () => {
    const job = deploy.jobs.organization;
    const accounts = job.strategy?.matrix?.include as { account: string; selector: string }[];
    expect(accounts.map((a) => a.account)).toEqual(['management', 'audit']);
    expect(job.strategy?.['max-parallel']).toBe(1);
    expect(job.environment).toBe('${{ matrix.account }}');
    expect(deploy.jobs.apply.needs).toEqual(expect.arrayContaining(['organization']));
    const script = stepNamed(deploy, "Find this account's stacks").run!;
    const dir = mkdtempSync(join(tmpdir(), 'deploy-accounts-'));
    const manifest = {
      stacks: Object.fromEntries(
        ['org', 'drift-organization', 'identity-dev', 'drift-member-dev', 'drift-member-prod'].map((n) => [
          n,
          { dependencies: [] },
        ]),
      ),
    };
    mkdirSync(join(dir, 'cdktf.out'));
    writeFileSync(join(dir, 'cdktf.out', 'manifest.json'), JSON.stringify(manifest));
    try {
      const found = accounts.map(({ selector }, i) => {
        const out = join(dir, `out-${i}`);
        const r = runScript(script, { cwd: dir, env: { STACK_SELECTOR: selector, GITHUB_OUTPUT: out } });
        expect(r.status).toBe(0);
        return readFileSync(out, 'utf8').trim();
      });
      expect(found).toEqual(['stacks=org', 'stacks=drift-organization']);
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

/** Writes stand-in commands (name → bash body) into `<dir>/bin` and returns the PATH that finds them first. */
function standIns(dir: string, tools: Record<string, string>): string {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  for (const [tool, body] of Object.entries(tools)) {
    writeFileSync(join(dir, 'bin', tool), `#!/usr/bin/env bash\n${body}\n`);
    chmodSync(join(dir, 'bin', tool), 0o755);
  }
  return `${join(dir, 'bin')}:${process.env.PATH}`;
}

/** The value after a flag, in a stand-in's arguments. */
const FLAG_VALUE =
  'value_of() { local want="$1"; shift; while [ $# -gt 0 ]; do [ "$1" = "$want" ] && { echo "$2"; return; }; shift; done; }';

function git(cwd: string, ...args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`);
  return r.stdout.trim();
}

describe('.github/workflows/drift.yml: the drift pull request', () => {
  const drift = load('drift.yml');
  const pr = drift.jobs['drift-pr'];

  it('asks to accept and codify from a manual run, or from the environment', () => {
    const inputs = (drift.on.workflow_dispatch as { inputs: Record<string, { type: string }> }).inputs;
    expect(Object.keys(inputs).sort()).toEqual(['accept', 'codify']);
    const fix = stepNamed(drift, 'Drift fix');
    expect(fix.env).toMatchObject({
      ACCEPT: '${{ inputs.accept || vars.DRIFT_FIX_ACCEPT }}',
      CODIFY: '${{ inputs.codify || vars.DRIFT_FIX_CODIFY }}',
    });
  });

  it('writes to the repository only in the pull request job, with the job token and gh, no third-party action', () => {
    expect(drift.jobs.drift.permissions?.contents).toBe('read');
    expect(pr.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    expect((pr.steps ?? []).flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []))).toEqual([
      'actions/checkout',
      'actions/download-artifact',
    ]);
    const open = stepNamed(drift, 'Open or update');
    expect(open.env?.GH_TOKEN).toBe('${{ github.token }}');
    expect(open.run).toMatch(/gh pr create/);
  });

  describe('the fix step', () => {
    const script = stepNamed(drift, 'Drift fix').run!;
    let dir: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'drift-fix-step-'));
      git(dir, 'init', '-q');
      writeFileSync(join(dir, 'drift.md'), '# Drift report\n');
      mkdirSync(join(dir, 'iac'));
      writeFileSync(join(dir, 'iac', 'untracked.json'), '{}');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    const run = (env: Record<string, string>) => {
      const log = join(dir, 'npm.log');
      const path = standIns(dir, {
        // drift check writes its report (exit 1: drift); drift fix writes code and its summary.
        npm: [
          FLAG_VALUE,
          `echo "npm $*" >> "${log}"`,
          'out=$(value_of --output "$@")',
          'if [ -n "$out" ]; then echo "{}" > "$out"; exit 1; fi',
          'code=$(value_of --code-dir "$@"); fixout=$(value_of --out "$@")',
          'mkdir -p "$code/codified" "$fixout"',
          'echo "export {};" > "$code/codified/platform-legacy-ci.ts"',
          'echo "# drift fix" > "$fixout/drift-fix.md"',
          'exit "${FIX_CODE:-0}"',
        ].join('\n'),
      });
      const temp = join(dir, 'temp');
      mkdirSync(temp, { recursive: true });
      const output = join(dir, 'github-output');
      const r = runScript(script, {
        cwd: dir,
        env: {
          PATH: path,
          RUNNER_TEMP: temp,
          GITHUB_OUTPUT: output,
          AWS_REGION: 'eu-west-1',
          CODE_DIR: 'apps/platform/src/drift-fixes',
          ACCEPT: '',
          CODIFY: '',
          ...env,
        },
      });
      const calls = spawnSync('cat', [log], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
      return { ...r, calls, temp, output };
    };

    it('does nothing when nothing is asked for', () => {
      const r = run({});
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('Nothing to accept or codify was asked for.\n');
      expect(r.calls).toEqual([]);
    });

    it('passes each finding to drift fix and packs only the code directory, with the summary and report as the body', () => {
      const r = run({ ACCEPT: 'app-dev/bastion/instance', CODIFY: 'all' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.calls[1]).toContain(
        `drift fix --report ${r.temp}/drift.json --iac iac --from-config --region eu-west-1 --code-dir apps/platform/src/drift-fixes --out ${r.temp}/drift-fix --accept app-dev/bastion/instance --codify all`,
      );
      const listed = spawnSync('tar', ['-tf', join(r.temp, 'drift-pr', 'changes.tar')], { encoding: 'utf8' });
      expect(listed.stdout.trim().split('\n')).toEqual([
        'apps/platform/src/drift-fixes/codified/platform-legacy-ci.ts',
      ]);
      expect(readFileSync(join(r.temp, 'drift-pr', 'body.md'), 'utf8')).toBe(
        '# drift fix\n\n## Drift report\n\n# Drift report\n',
      );
      expect(readFileSync(r.output, 'utf8')).toBe('proposed=true\n');
    });

    it('still proposes what it could fix when some findings could not be (exit 1), and stops on an error', () => {
      const partly = run({ CODIFY: 'all', FIX_CODE: '1' });
      expect(partly.status).toBe(0);
      expect(partly.stdout).toContain('::warning::some findings could not be accepted or codified');
      expect(readFileSync(partly.output, 'utf8')).toBe('proposed=true\n');
      rmSync(partly.output);
      const failed = run({ CODIFY: 'all', FIX_CODE: '2' });
      expect(failed.status).toBe(2);
      expect(() => readFileSync(failed.output, 'utf8')).toThrow();
    });
  });

  describe('the pull request step', () => {
    const script = stepNamed(drift, 'Open or update').run!;
    let dir: string;
    let work: string;
    let remote: string;
    beforeEach(() => {
      dir = mkdtempSync(join(tmpdir(), 'drift-pr-step-'));
      remote = join(dir, 'remote.git');
      work = join(dir, 'work');
      git(dir, 'init', '-q', '--bare', '-b', 'main', remote);
      git(dir, 'clone', '-q', remote, work);
      git(work, 'config', 'user.email', 'dev@example.com');
      git(work, 'config', 'user.name', 'dev');
      writeFileSync(join(work, 'README.md'), 'app\n');
      git(work, 'add', '.');
      git(work, 'commit', '-q', '-m', 'start');
      git(work, 'push', '-q', 'origin', 'HEAD:main');
    });
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    /** Packs files as the fix step does, runs the step with a stand-in gh; returns gh's calls. */
    const run = (files: Record<string, string>, openPr: string) => {
      const temp = join(dir, 'temp');
      const stage = join(dir, 'stage');
      mkdirSync(join(temp, 'drift-pr'), { recursive: true });
      for (const [file, content] of Object.entries(files)) {
        mkdirSync(join(stage, file, '..'), { recursive: true });
        writeFileSync(join(stage, file), content);
      }
      spawnSync('tar', ['-cf', join(temp, 'drift-pr', 'changes.tar'), '-C', stage, ...Object.keys(files)]);
      writeFileSync(join(temp, 'drift-pr', 'body.md'), '# drift fix\n');
      const log = join(dir, 'gh.log');
      const path = standIns(dir, {
        gh: [`echo "gh $*" >> "${log}"`, 'if [ "$1 $2" = "pr list" ]; then echo "$OPEN_PR"; fi'].join('\n'),
      });
      const r = runScript(script, {
        cwd: work,
        env: {
          PATH: path,
          HOME: dir,
          RUNNER_TEMP: temp,
          ENVIRONMENT: 'dev',
          BASE: 'main',
          GH_TOKEN: 'token',
          OPEN_PR: openPr,
        },
      });
      const calls = spawnSync('cat', [log], { encoding: 'utf8' }).stdout.trim().split('\n').filter(Boolean);
      return { ...r, calls };
    };
    const files = { 'apps/platform/src/drift-fixes/codified/platform-legacy-ci.ts': 'export {};\n' };

    it('opens a pull request from drift-fix/<env> with the changes when none is open', () => {
      const r = run(files, '');
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(
        git(remote, 'show', 'drift-fix/dev:apps/platform/src/drift-fixes/codified/platform-legacy-ci.ts'),
      ).toBe('export {};');
      expect(git(remote, 'log', '--format=%s', 'drift-fix/dev')).toBe(
        'drift: accept and codify the live changes of dev\nstart',
      );
      expect(r.calls).toEqual([
        'gh pr list --head drift-fix/dev --base main --state open --json number --jq .[0].number // empty',
        `gh pr create --base main --head drift-fix/dev --title Drift in dev: accept and codify live changes --body-file ${dir}/temp/drift-pr/body.md`,
      ]);
    });

    it('updates the open pull request instead of opening another', () => {
      const r = run(files, '7');
      expect(r.status).toBe(0);
      expect(r.calls[1]).toBe(`gh pr edit 7 --body-file ${dir}/temp/drift-pr/body.md`);
      expect(r.stdout).toContain('Updated pull request #7.');
    });

    it('pushes nothing and calls no gh when nothing changed', () => {
      const r = run({ 'README.md': 'app\n' }, '');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('No accepted or codified change for dev.\n');
      expect(r.calls).toEqual([]);
      expect(git(remote, 'branch', '--list', 'drift-fix/dev')).toBe('');
    });
  });
});

describe('.github/workflows/deploy.yml: would this apply overwrite live changes?', () => {
  const deploy = load('deploy.yml');

  it('runs on pull requests without applying, with the read-only drift role', () => {
    expect(deploy.on).toHaveProperty('pull_request');
    const jobs = deploy.jobs as Record<string, Job & { if?: string; needs?: unknown }>;
    expect(jobs.organization.if).toBe("github.event_name != 'pull_request'");
    expect(jobs.apply.if).toBe("github.event_name != 'pull_request'");
    expect(jobs['overwrite-check'].if).toBe("github.event_name == 'pull_request'");
    expect(jobs['overwrite-check'].environment).toBe('${{ matrix.environment }}-drift');
    const [credentials] = (jobs['overwrite-check'].steps ?? []).filter((s) =>
      s.uses?.startsWith('aws-actions/configure-aws-credentials@'),
    );
    expect(credentials.with?.['role-to-assume']).toBe('${{ vars.DRIFT_ROLE_ARN }}');
    expect(jobs['overwrite-comment'].permissions).toEqual({ 'pull-requests': 'write' });
  });

  it("fetches the environment's applied IaC and each stack's state from its backend", () => {
    const script = stepNamed(deploy, 'Fetch the applied IaC').run!.replace(
      /\$\{\{ matrix\.environment \}\}/g,
      'dev',
    );
    const dir = mkdtempSync(join(tmpdir(), 'deploy-fetch-'));
    try {
      // The bucket as aws s3 would serve it: the published IaC, and one stack's state (the other has none yet).
      const bucket = join(dir, 'bucket');
      mkdirSync(join(bucket, 'cdktf.out/dev/stacks/app-dev'), { recursive: true });
      mkdirSync(join(bucket, 'cdktf.out/dev/stacks/network-dev'), { recursive: true });
      mkdirSync(join(bucket, 'state'), { recursive: true });
      const backend = (key: string) => ({ terraform: { backend: { s3: { bucket: 'acme-state', key } } } });
      writeFileSync(
        join(bucket, 'cdktf.out/dev/stacks/app-dev/cdk.tf.json'),
        JSON.stringify(backend('app-dev.tfstate')),
      );
      writeFileSync(
        join(bucket, 'cdktf.out/dev/stacks/network-dev/cdk.tf.json'),
        JSON.stringify(backend('network-dev.tfstate')),
      );
      writeFileSync(
        join(bucket, 'cdktf.out/dev/manifest.json'),
        JSON.stringify({
          stacks: {
            'app-dev': { synthesizedStackPath: 'stacks/app-dev/cdk.tf.json' },
            'network-dev': { synthesizedStackPath: 'stacks/network-dev/cdk.tf.json' },
          },
        }),
      );
      writeFileSync(join(bucket, 'state', 'app-dev.tfstate'), '{"version":4}');
      const work = join(dir, 'work');
      mkdirSync(work);
      const path = standIns(dir, {
        aws: [
          `echo "aws $*" >> "${join(dir, 'aws.log')}"`,
          // aws s3 cp s3://<bucket>/<key> <to> [--recursive]: the IaC bucket's prefix, or a state object.
          'src="$3"; to="$4"',
          'case "$src" in',
          `  s3://acme-iac/*) mkdir -p "$to" && cp -r "${bucket}/\${src#s3://acme-iac/}." "$to" ;;`,
          `  s3://acme-state/*) [ -f "${bucket}/state/\${src#s3://acme-state/}" ] && cp "${bucket}/state/\${src#s3://acme-state/}" "$to" ;;`,
          'esac',
        ].join('\n'),
      });
      const r = runScript(script, { cwd: work, env: { PATH: path, IAC_BUCKET: 'acme-iac' } });
      expect(r.status).toBe(0);
      expect(readFileSync(join(work, 'applied', 'manifest.json'), 'utf8')).toContain('app-dev');
      expect(readFileSync(join(work, 'state', 'app-dev.tfstate'), 'utf8')).toBe('{"version":4}');
      expect(r.stdout).toBe('::warning::no state for network-dev at s3://acme-state/network-dev.tfstate\n');
      expect(readFileSync(join(dir, 'aws.log'), 'utf8').trim().split('\n')).toEqual([
        'aws s3 cp s3://acme-iac/cdktf.out/dev/ applied/ --recursive',
        'aws s3 cp s3://acme-state/app-dev.tfstate state/app-dev.tfstate',
        'aws s3 cp s3://acme-state/network-dev.tfstate state/network-dev.tfstate',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the applied stacks of the environment the pull request changes', () => {
    const script = stepNamed(deploy, 'Find the stacks this pull request changes').run!;
    const dir = mkdtempSync(join(tmpdir(), 'deploy-changed-'));
    try {
      const write = (root: string, stacks: Record<string, unknown>) => {
        const manifest: Record<string, unknown> = {};
        for (const [name, json] of Object.entries(stacks)) {
          mkdirSync(join(dir, root, 'stacks', name), { recursive: true });
          writeFileSync(join(dir, root, 'stacks', name, 'cdk.tf.json'), JSON.stringify(json));
          manifest[name] = { synthesizedStackPath: `stacks/${name}/cdk.tf.json` };
        }
        writeFileSync(join(dir, root, 'manifest.json'), JSON.stringify({ stacks: manifest }));
      };
      write('applied', { 'network-dev': { a: 1 }, 'app-dev': { a: 1 }, 'app-prod': { a: 1 } });
      write('cdktf.out', {
        'network-dev': { a: 1 },
        'app-dev': { a: 2 },
        'app-prod': { a: 2 },
        'new-dev': { a: 1 },
      });
      const out = join(dir, 'out');
      const r = runScript(script, { cwd: dir, env: { STACK_SELECTOR: '-dev$', GITHUB_OUTPUT: out } });
      expect(r.stderr).toBe('');
      expect(readFileSync(out, 'utf8')).toBe('stacks=app-dev\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('the check', () => {
    const script = stepNamed(deploy, 'Would this apply overwrite live changes?').run!;
    const finding = (address: string, status: string, extra: Record<string, unknown> = {}) => ({
      status,
      stack: 'app-dev',
      address,
      addresses: [address],
      differences: [{ path: 'instance_type', type: 'NOT_EQUAL', expected: 't3.micro', actual: 't3.large' }],
      ...extra,
    });
    const run = (stacks: string, applied: unknown[], proposed: unknown[]) => {
      const dir = mkdtempSync(join(tmpdir(), 'deploy-overwrite-'));
      try {
        writeFileSync(join(dir, 'applied.fixture.json'), JSON.stringify({ resources: applied }));
        writeFileSync(join(dir, 'cdktf.out.fixture.json'), JSON.stringify({ resources: proposed }));
        const log = join(dir, 'npm.log');
        const path = standIns(dir, {
          npm: [
            FLAG_VALUE,
            `echo "npm $*" >> "${log}"`,
            'cp "$(value_of --iac "$@").fixture.json" "$(value_of --output "$@")"',
            'exit 1',
          ].join('\n'),
        });
        const r = runScript(script, {
          cwd: dir,
          env: { PATH: path, STACKS: stacks, ENVIRONMENT: 'dev', AWS_REGION: 'eu-west-1' },
        });
        const read = (f: string) => spawnSync('cat', [join(dir, f)], { encoding: 'utf8' }).stdout;
        return {
          ...r,
          calls: read('npm.log').trim().split('\n').filter(Boolean),
          section: read('overwrite/dev.md'),
          count: read('overwrite/dev.count'),
        };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('lists the live changes the apply would put back, not those the pull request accepts', () => {
      const changedBy = [
        {
          principalArn: 'arn:aws:iam::1:user/alice',
          userName: 'alice',
          via: 'console',
          eventTime: '2026-11-27T07:58:12Z',
        },
      ];
      const r = run(
        'app-dev network-dev',
        [
          finding('aws_instance.web', 'MODIFIED', { changedBy }),
          finding('aws_instance.accepted', 'MODIFIED'),
          finding('aws_nat_gateway.nat', 'DELETED', { differences: [], reason: 'no item' }),
          finding('aws_security_group.made_by_hand', 'UNMANAGED'),
        ],
        [
          finding('aws_instance.web', 'MODIFIED'),
          finding('aws_instance.accepted', 'IN_SYNC'),
          finding('aws_nat_gateway.nat', 'DELETED'),
        ],
      );
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.calls).toEqual([
        'npm run --silent drift -- check --iac applied --state state --from-config --region eu-west-1 --stack app-dev --stack network-dev --format json --output applied.json',
        'npm run --silent drift -- check --iac cdktf.out --state state --from-config --region eu-west-1 --stack app-dev --stack network-dev --format json --output proposed.json',
      ]);
      expect(r.count).toBe('2\n');
      expect(r.section).toBe(
        [
          '### dev',
          '',
          'Applying this pull request would overwrite 2 live changes: accept them into the IaC (`groundwork drift fix --accept`) or confirm they should go.',
          '',
          '| Stack | Resource | Status | What changed live | Changed by |',
          '| --- | --- | --- | --- | --- |',
          '| `app-dev` | `aws_instance.web` | MODIFIED | instance_type | alice via console, 2026-11-27T07:58:12Z |',
          '| `app-dev` | `aws_nat_gateway.nat` | DELETED | no item | not recorded |',
          '',
        ].join('\n'),
      );
    });

    it('says so when the pull request changes no applied stack, without reading AWS', () => {
      const r = run('', [], []);
      expect(r.status).toBe(0);
      expect(r.calls).toEqual([]);
      expect(r.count).toBe('0\n');
      expect(r.section).toBe('### dev\n\nThis pull request changes no applied stack of dev.\n');
    });
  });

  describe('the sticky comment', () => {
    const script = stepNamed(deploy, 'Post the sticky comment').run!;
    const run = (
      env: { EXISTING?: string; MODE?: string; CHECK_RESULT?: string },
      counts: Record<string, number>,
    ) => {
      const dir = mkdtempSync(join(tmpdir(), 'deploy-comment-'));
      try {
        mkdirSync(join(dir, 'overwrite'));
        for (const [name, count] of Object.entries(counts)) {
          writeFileSync(join(dir, 'overwrite', `${name}.md`), `### ${name}\n\n${count} changes\n`);
          writeFileSync(join(dir, 'overwrite', `${name}.count`), `${count}\n`);
        }
        const log = join(dir, 'gh.log');
        const path = standIns(dir, {
          gh: [
            `echo "gh $*" >> "${log}"`,
            'if [ "$1" = api ] && [ "$2" != --method ]; then echo "$EXISTING"; fi',
          ].join('\n'),
        });
        const r = runScript(script, {
          cwd: dir,
          env: {
            PATH: path,
            GH_TOKEN: 'token',
            GH_REPO: 'acme/estate',
            PR: '12',
            CHECK_RESULT: env.CHECK_RESULT ?? 'success',
            MODE: env.MODE ?? 'fail',
            EXISTING: env.EXISTING ?? '',
          },
        });
        const read = (f: string) => spawnSync('cat', [join(dir, f)], { encoding: 'utf8' }).stdout;
        return { ...r, calls: read('gh.log').trim().split('\n'), comment: read('comment.md') };
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };

    it('edits the comment it made before rather than adding one', () => {
      const r = run({ EXISTING: '99' }, { dev: 0, prod: 0 });
      expect(r.status).toBe(0);
      expect(r.calls).toEqual([
        'gh api repos/acme/estate/issues/12/comments --paginate --jq .[] | select(.body | startswith("<!-- groundwork:overwrite-check -->")) | .id',
        'gh api --method PATCH repos/acme/estate/issues/comments/99 -F body=@comment.md',
      ]);
      expect(r.comment).toBe(
        '<!-- groundwork:overwrite-check -->\n## Would this apply overwrite live changes?\n\n### dev\n\n0 changes\n\n### prod\n\n0 changes\n\n',
      );
    });

    it('makes the comment when there is none yet', () => {
      const r = run({}, { dev: 0, prod: 0 });
      expect(r.calls[1]).toBe('gh pr comment 12 --body-file comment.md');
    });

    it.each([
      ['fail', 1, '::error::applying this pull request would overwrite 3 live change(s): see the comment'],
      ['warn', 0, '::warning::applying this pull request would overwrite 3 live change(s): see the comment'],
    ])('on live changes it would overwrite, in mode %s, exits %p', (mode, status, message) => {
      const r = run({ MODE: mode }, { dev: 1, prod: 2 });
      expect(r.status).toBe(status);
      expect(r.stdout.trim()).toBe(message);
    });

    it('fails, and says so in the comment, when an environment could not be checked', () => {
      const r = run({ CHECK_RESULT: 'failure', MODE: 'warn' }, { dev: 0 });
      expect(r.status).toBe(1);
      expect(r.comment).toContain('### prod\n\nNot checked: the check failed (see the workflow run).\n');
    });
  });
});
