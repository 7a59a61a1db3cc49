import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigItem } from './config-recorder';
import { buildFixtureApp } from './fixture-app';
import { simulateAccount, SimulatedAccount, snapshotFile, writeAccount } from './simulated-account';

/** A temp directory with the synthesized fixture (`cdktf.out`), its applied state (`state/`) and live snapshots. */
export interface E2eWorkspace {
  readonly dir: string;
  readonly iac: string;
  readonly state: string;
  readonly account: SimulatedAccount;
  /** The in-sync account's items (without what the engine cannot yet tell apart from user resources). */
  readonly items: () => ConfigItem[];
  /** Writes a snapshot file of these items and returns its path. */
  writeSnapshot(name: string, items: readonly ConfigItem[]): string;
  remove(): void;
}

/** The secret RDS creates for `manage_master_user_password`: AWS-owned, but not yet recognised as such. */
export const isRdsOwnedSecret = (i: ConfigItem) => i.tags['aws:secretsmanager:owningService'] === 'rds';

export function createE2eWorkspace(): E2eWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'gw-drift-e2e-'));
  const iac = join(dir, 'cdktf.out');
  buildFixtureApp(iac).synth();
  const account = simulateAccount(iac);
  const { state } = writeAccount(account, account.items, dir);
  return {
    dir,
    iac,
    state,
    account,
    items: () => structuredClone(account.items.filter((i) => !isRdsOwnedSecret(i))),
    writeSnapshot(name, items) {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(snapshotFile(items)));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
