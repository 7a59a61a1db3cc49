// An estate of several accounts: each stack applied in the account its AWS provider is pinned to, as the deploy
// pipeline applies it with that account's credentials. Stacks of one account share its simulated account (their
// remote state, its AWS's own resources); stacks of different accounts share nothing.
import type { SynthStack } from './apply/terraform-apply';
import { readSynthStacks } from './apply/terraform-apply';
import { simulateAccount, type SimulatedAccount } from './simulated-account';

/** Where a stack is applied: the account and region of its default AWS provider. */
export interface StackPlacement {
  readonly account: string;
  readonly region: string;
}

/** One account of the estate, with its stacks applied. */
export interface EstateAccount extends StackPlacement {
  /** The stacks applied there, in the manifest's order. */
  readonly stacks: readonly string[];
  readonly simulated: SimulatedAccount;
}

export interface SimulateEstateOptions {
  /** Seed of the generated ids; each account draws from its own sequence (`<seed>/<account>`). @default 'groundwork-e2e' */
  readonly seed?: string;
  /** Only these stacks. @default every stack */
  readonly stacks?: readonly string[];
  /** configurationItemCaptureTime of every item. */
  readonly captureTime?: string;
}

/**
 * The account and region of a stack's default AWS provider (the one without an alias): `allowed_account_ids` with
 * exactly one literal account id, and a literal `region`. Throws, naming the stack and the field, otherwise.
 */
export function stackPlacement(stack: SynthStack): StackPlacement {
  const provider = (stack.json.provider?.aws ?? []).find((p) => p.alias === undefined);
  const where = `stack ${stack.name}: provider.aws`;
  const ids = provider?.allowed_account_ids;
  if (!Array.isArray(ids) || ids.length !== 1 || !/^\d{12}$/.test(String(ids[0])))
    throw new Error(
      `${where}.allowed_account_ids: expected exactly one 12-digit account id, got ${JSON.stringify(ids)}; ` +
        'pin the stack to the account it is applied in, or simulate it with simulateAccount',
    );
  if (typeof provider?.region !== 'string' || provider.region.includes('${'))
    throw new Error(`${where}.region: expected a literal region, got ${JSON.stringify(provider?.region)}`);
  return { account: String(ids[0]), region: provider.region };
}

/**
 * Applies each stack in `iacDir` to the simulated account its provider names (one region per account), every
 * account from its own id sequence. Accounts are returned in the order their first stack is in the manifest.
 */
export function simulateEstate(iacDir: string, options: SimulateEstateOptions = {}): EstateAccount[] {
  const byAccount = new Map<string, { region: string; stacks: string[] }>();
  for (const stack of readSynthStacks(iacDir)) {
    if (options.stacks && !options.stacks.includes(stack.name)) continue;
    const { account, region } = stackPlacement(stack);
    const entry = byAccount.get(account);
    if (!entry) byAccount.set(account, { region, stacks: [stack.name] });
    else if (entry.region !== region)
      throw new Error(
        `stack ${stack.name}: provider.aws.region ${region} differs from ${entry.region} of ` +
          `${entry.stacks.join(', ')} in account ${account}; the simulated account has one region`,
      );
    else entry.stacks.push(stack.name);
  }
  const seed = options.seed ?? 'groundwork-e2e';
  return [...byAccount].map(([account, { region, stacks }]) => ({
    account,
    region,
    stacks,
    simulated: simulateAccount(iacDir, {
      account,
      region,
      stacks,
      seed: `${seed}/${account}`,
      captureTime: options.captureTime,
    }),
  }));
}
