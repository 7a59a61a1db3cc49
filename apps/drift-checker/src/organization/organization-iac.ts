// The whole organization's IaC, parsed once per function instance, and the comparison for one account and region:
// an engine built over only the stacks whose provider names that account and region, so a shard never builds
// the indexes of the other 599 account-regions.
import { DriftEngine, type DesiredModel, type StateModel } from '@groundwork/drift';
import type { SweepShard } from './sweep-shard-plan';

export class OrganizationIac {
  private readonly engines = new Map<string, DriftEngine>();

  constructor(
    private readonly desired: DesiredModel,
    private readonly state: StateModel | undefined,
  ) {}

  /** Names of the stacks deployed to the account and region (any region of the account for `global`). */
  stacksFor(accountId: string, region: string): string[] {
    return this.desired.stacks
      .filter((s) => s.account === accountId && (region === 'global' || s.region === region))
      .map((s) => s.name);
  }

  /** The accounts the stacks' providers name: the planner sweeps each, whether or not the aggregator holds it. */
  accounts(): string[] {
    return [...new Set(this.desired.stacks.flatMap((s) => (s.account === null ? [] : [s.account])))].sort();
  }

  /** Stacks whose provider names no account: the sweep cannot place them, so the report says so. */
  unplacedStacks(): string[] {
    return this.desired.stacks.filter((s) => s.account === null).map((s) => s.name);
  }

  /** The comparison for one shard's account and region, built on first use and kept for the instance. */
  engineFor(shard: Pick<SweepShard, 'accountId' | 'region'>): DriftEngine {
    const key = `${shard.accountId}/${shard.region}`;
    let engine = this.engines.get(key);
    if (!engine) {
      const names = new Set(this.stacksFor(shard.accountId, shard.region));
      const desired: DesiredModel = { stacks: this.desired.stacks.filter((s) => names.has(s.name)) };
      engine = new DriftEngine(desired, this.state);
      this.engines.set(key, engine);
    }
    return engine;
  }
}
