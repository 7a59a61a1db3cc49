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
  /** A fresh copy of the in-sync account's items. */
  readonly items: () => ConfigItem[];
  /** A .driftignore with KNOWN_ENGINE_GAPS. */
  readonly knownGaps: string;
  /** Writes a snapshot file of these items and returns its path. */
  writeSnapshot(name: string, items: readonly ConfigItem[]): string;
  remove(): void;
}

/**
 * False positives the engine still reports on this realistic account, suppressed with the product's own
 * .driftignore so every other assertion stays meaningful. The "known engine gaps" tests in drift-e2e.test.ts run
 * without these rules and start failing (it.failing) as soon as a gap is fixed: then delete its rule.
 */
export const KNOWN_ENGINE_GAPS = {
  /** The KMS adapter compares the IaC's "enabled" with Config's keyState "Enabled" case-sensitively. */
  kmsKeyState: 'aws_kms_key.*.key_state',
  /** The secret RDS creates for `manage_master_user_password` (tagged aws:secretsmanager:owningService=rds) is AWS-owned. */
  rdsOwnedSecret: 'AWS::SecretsManager::Secret.*rds!db-*',
} as const;

export const KNOWN_GAPS_DRIFTIGNORE = `${Object.values(KNOWN_ENGINE_GAPS).join('\n')}\n`;

export function createE2eWorkspace(): E2eWorkspace {
  const dir = mkdtempSync(join(tmpdir(), 'gw-drift-e2e-'));
  const iac = join(dir, 'cdktf.out');
  buildFixtureApp(iac).synth();
  const account = simulateAccount(iac);
  const { state } = writeAccount(account, account.items, dir);
  const knownGaps = join(dir, 'known-gaps.driftignore');
  writeFileSync(knownGaps, KNOWN_GAPS_DRIFTIGNORE);
  return {
    dir,
    iac,
    state,
    account,
    knownGaps,
    items: () => structuredClone(account.items),
    writeSnapshot(name, items) {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(snapshotFile(items)));
      return path;
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
