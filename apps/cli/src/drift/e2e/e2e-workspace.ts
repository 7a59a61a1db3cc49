import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ConfigItem,
  simulateAccount,
  SimulatedAccount,
  snapshotFile,
  writeAccount,
} from '@groundwork/aws-sim';
import { buildFixtureApp, FIXTURE_ACCOUNT, FIXTURE_REGION } from './fixture-app';

/** A temp directory with the synthesized fixture (`cdktf.out`), its applied state (`state/`) and live snapshots. */
export interface E2eWorkspace {
  readonly dir: string;
  readonly iac: string;
  readonly state: string;
  readonly account: SimulatedAccount;
  /** A fresh copy of the in-sync account's items. */
  readonly items: () => ConfigItem[];
  /** Writes a snapshot file of these items and returns its path. */
  writeSnapshot(name: string, items: readonly ConfigItem[]): string;
  remove(): void;
}

export function createE2eWorkspace(): E2eWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'gw-drift-e2e-'));
  const iac = join(dir, 'cdktf.out');
  buildFixtureApp(iac).synth();
  const account = simulateAccount(iac, { account: FIXTURE_ACCOUNT, region: FIXTURE_REGION });
  const { state } = writeAccount(account, account.items, dir);
  return {
    dir,
    iac,
    state,
    account,
    items: () => structuredClone(account.items),
    writeSnapshot(name, items) {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(snapshotFile(items)));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
