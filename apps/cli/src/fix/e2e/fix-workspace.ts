// A workspace for the end-to-end tests of `groundwork drift fix`: the e2e fixture app applied to a simulated account,
// and a directory inside the repository for the generated code (so that it resolves cdktf and the provider from the
// repository's node_modules, as it does in an app).
import { writeAccount, type ConfigItem, type SimulatedAccount } from '@groundwork/aws-sim';
import type { DriftReport } from '@groundwork/drift';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { captureIo } from '../../capture-io';
import { runCli } from '../../cli';
import { buildFixtureApp } from '../../drift/e2e/fixture-app';
import { createE2eWorkspace, type E2eWorkspace } from '../../drift/e2e/e2e-workspace';

export const REPO_ROOT = resolve(__dirname, '../../../../..');

export interface FixWorkspace extends E2eWorkspace {
  /** A directory under dist/ in the repository, for the generated code and the outputs. */
  readonly work: string;
  readonly codeDir: string;
  /** `drift check --format json` of these items, against `iac` and `state` unless given. */
  checkJson(
    items: readonly ConfigItem[],
    options?: { iac?: string; state?: string; args?: string[] },
  ): Promise<DriftReport>;
  /** Runs `groundwork drift fix …` in the work directory; returns the exit code and output. */
  fix(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }>;
  /** The fixture app with the generated drift fixes applied, synthesized into `outdir`. */
  synthWithFixes(outdir: string): void;
  /** `tsc --noEmit` over the generated modules: the diagnostics, empty when they type-check. */
  typecheckCode(): string;
  /** State files of an account written under the work directory; returns the state directory. */
  writeState(account: SimulatedAccount, name: string): string;
}

export function createFixWorkspace(): FixWorkspace {
  const ws = createE2eWorkspace();
  mkdirSync(join(REPO_ROOT, 'dist'), { recursive: true });
  const work = mkdtempSync(join(REPO_ROOT, 'dist', 'drift-fix-e2e-'));
  const codeDir = join(work, 'drift-fixes');
  let n = 0;
  return {
    ...ws,
    work,
    codeDir,
    async checkJson(items, options = {}) {
      const snapshot = ws.writeSnapshot(`check-${++n}.json`, items);
      const output = join(work, `report-${n}.json`);
      const t = captureIo();
      const code = await runCli(
        [
          'drift',
          'check',
          '--iac',
          options.iac ?? ws.iac,
          '--state',
          options.state ?? ws.state,
          '--snapshot',
          snapshot,
          '--format',
          'json',
          '--output',
          output,
          ...(options.args ?? []),
        ],
        t.io,
      );
      if (code === 2) throw new Error(`drift check failed: ${t.stderr()}`);
      return JSON.parse(readFileSync(output, 'utf8')) as DriftReport;
    },
    async fix(...args) {
      const t = captureIo({ cwd: work, env: { SOURCE_DATE_EPOCH: '1795737600' } });
      const code = await runCli(['drift', 'fix', '--code-dir', codeDir, ...args], t.io);
      return { code, stdout: t.stdout(), stderr: t.stderr() };
    },
    synthWithFixes(outdir) {
      const app = buildFixtureApp(outdir);
      // The generated index, as the app would import it.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fixes = require(join(codeDir, 'index.ts')) as { applyDriftFixes(app: unknown): void };
      fixes.applyDriftFixes(app);
      app.synth();
    },
    typecheckCode() {
      writeFileSync(
        join(work, 'tsconfig.json'),
        JSON.stringify({
          extends: join(REPO_ROOT, 'tsconfig.base.json'),
          compilerOptions: { noEmit: true, types: ['node'] },
          include: ['drift-fixes/**/*.ts'],
          // The base excludes dist/, where this workspace is.
          exclude: [],
        }),
      );
      const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', work], {
        encoding: 'utf8',
      });
      return `${tsc.stdout}${tsc.stderr}`.trim();
    },
    writeState(account, name) {
      return writeAccount(account, account.items, join(work, name)).state;
    },
    remove() {
      ws.remove();
      rmSync(work, { recursive: true, force: true });
    },
  };
}
