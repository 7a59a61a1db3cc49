import { Ipv4Cidr, wholeNumberProblem } from '@groundwork/core';
import { MAX_SUBNET_PREFIX, MIN_SUBNET_PREFIX, SubnetTier } from './subnet-tier';

/** How one tier asks for address space: a prefix length, explicit blocks, or neither (automatic). */
export interface TierRequest {
  readonly tier: SubnetTier;
  /** Every subnet of the tier gets a block of this prefix length. @default automatic */
  readonly prefixLength?: number;
  /** One explicit block per zone, in zone order. @default planned */
  readonly cidrBlocks?: readonly string[];
}

/** The planned blocks of each requested tier, one per zone in zone order. */
export type SubnetPlan = Partial<Record<SubnetTier, Ipv4Cidr[]>>;

/**
 * Automatic planning gives a private subnet twice the address space of a public or isolated one, so private
 * subnets (where the instances live) are one prefix length shorter.
 */
const AUTOMATIC_PREFIX_OFFSET: Record<SubnetTier, number> = { public: 0, private: -1, isolated: 0 };

interface Allocation {
  readonly tier: SubnetTier;
  readonly zone: number;
  readonly prefixLength: number;
}

/**
 * Plans one subnet block per tier and zone inside the VPC block, at synth time.
 *
 * Explicit blocks are checked (inside the VPC, 16–28, no overlap) and reserved first. The rest are placed
 * largest first at the lowest free aligned address, which packs power-of-two blocks without gaps. Automatic
 * tiers take the largest sizes that still fit. Throws an error naming the tier and what to change.
 */
export function planSubnets(vpc: Ipv4Cidr, azCount: number, requests: readonly TierRequest[]): SubnetPlan {
  const plan: SubnetPlan = {};
  const reserved: Ipv4Cidr[] = [];
  for (const request of requests) {
    if (request.cidrBlocks !== undefined) {
      if (request.prefixLength !== undefined) {
        throw new Error(
          `tiers.${request.tier}: give either prefixLength or cidrBlocks, not both (got /${request.prefixLength} and cidrBlocks)`,
        );
      }
      plan[request.tier] = explicitBlocks(vpc, azCount, request.tier, request.cidrBlocks, reserved);
      reserved.push(...plan[request.tier]!);
    } else if (request.prefixLength !== undefined) {
      checkPrefixLength(vpc, request.tier, request.prefixLength);
    }
  }

  const fixed = requests.filter((r) => r.cidrBlocks === undefined && r.prefixLength !== undefined);
  const automatic = requests.filter((r) => r.cidrBlocks === undefined && r.prefixLength === undefined);
  const allocationsFor = (unit: number): Allocation[] =>
    [...fixed, ...automatic].flatMap((r) =>
      Array.from({ length: azCount }, (_, zone) => ({
        tier: r.tier,
        zone,
        prefixLength: r.prefixLength ?? unit + AUTOMATIC_PREFIX_OFFSET[r.tier],
      })),
    );

  // Candidate unit sizes, largest first; without automatic tiers the unit is irrelevant, so try once.
  const units: number[] = [];
  if (automatic.length === 0) units.push(MAX_SUBNET_PREFIX);
  else {
    for (let unit = MIN_SUBNET_PREFIX; unit <= MAX_SUBNET_PREFIX; unit++) {
      const prefixes = automatic.map((r) => unit + AUTOMATIC_PREFIX_OFFSET[r.tier]);
      if (prefixes.every((p) => p >= Math.max(MIN_SUBNET_PREFIX, vpc.prefixLength))) units.push(unit);
    }
  }
  for (const unit of units) {
    const placed = allocate(vpc, allocationsFor(unit), reserved);
    if (placed) {
      for (const { allocation, block } of placed) {
        (plan[allocation.tier] ??= [])[allocation.zone] = block;
      }
      return plan;
    }
  }

  const wanted = [...fixed, ...automatic]
    .map((r) => `${r.tier} ${r.prefixLength !== undefined ? `/${r.prefixLength}` : '(automatic)'}`)
    .join(', ');
  const smallest =
    automatic.length > 0
      ? `; even the smallest automatic plan (public and isolated /${MAX_SUBNET_PREFIX}, private /${MAX_SUBNET_PREFIX - 1}) does not fit`
      : '';
  throw new Error(
    `the subnet plan does not fit in ${vpc.toString()}: ${azCount} zones × [${wanted}]` +
      `${reserved.length ? ` beside the explicit cidrBlocks` : ''}${smallest}. ` +
      `Use a larger cidrBlock, longer prefixLengths, fewer zones or fewer tiers`,
  );
}

function checkPrefixLength(vpc: Ipv4Cidr, tier: SubnetTier, prefixLength: number): void {
  const problem = wholeNumberProblem(`tiers.${tier}.prefixLength`, prefixLength, {
    min: MIN_SUBNET_PREFIX,
    max: MAX_SUBNET_PREFIX,
  });
  if (problem !== undefined) throw new Error(problem);
  if (prefixLength < vpc.prefixLength) {
    throw new Error(
      `tiers.${tier}.prefixLength /${prefixLength} is larger than the VPC block ${vpc.toString()}: use /${vpc.prefixLength} or longer`,
    );
  }
}

function explicitBlocks(
  vpc: Ipv4Cidr,
  azCount: number,
  tier: SubnetTier,
  texts: readonly string[],
  reserved: readonly Ipv4Cidr[],
): Ipv4Cidr[] {
  if (texts.length !== azCount) {
    throw new Error(
      `tiers.${tier}.cidrBlocks must hold one block per availability zone (${azCount}), got ${texts.length}`,
    );
  }
  const blocks: Ipv4Cidr[] = [];
  texts.forEach((text, zone) => {
    let block: Ipv4Cidr;
    try {
      block = Ipv4Cidr.parse(text);
    } catch (e) {
      throw new Error(`tiers.${tier}.cidrBlocks[${zone}]: ${(e as Error).message}`);
    }
    if (block.prefixLength < MIN_SUBNET_PREFIX || block.prefixLength > MAX_SUBNET_PREFIX) {
      throw new Error(
        `tiers.${tier}.cidrBlocks[${zone}] "${text}" must have a prefix length between ` +
          `${MIN_SUBNET_PREFIX} and ${MAX_SUBNET_PREFIX}`,
      );
    }
    if (!vpc.contains(block)) {
      throw new Error(
        `tiers.${tier}.cidrBlocks[${zone}] "${text}" is outside the VPC block ${vpc.toString()}`,
      );
    }
    const clash = [...reserved, ...blocks].find((other) => other.overlaps(block));
    if (clash) {
      throw new Error(
        `tiers.${tier}.cidrBlocks[${zone}] "${text}" overlaps ${clash.toString()}: give each subnet its own block`,
      );
    }
    blocks.push(block);
  });
  return blocks;
}

/** Places blocks largest first at the lowest free aligned address; undefined when something does not fit. */
function allocate(
  vpc: Ipv4Cidr,
  allocations: readonly Allocation[],
  reserved: readonly Ipv4Cidr[],
): { allocation: Allocation; block: Ipv4Cidr }[] | undefined {
  const taken = [...reserved];
  const order = allocations
    .map((allocation, index) => ({ allocation, index }))
    .sort((a, b) => a.allocation.prefixLength - b.allocation.prefixLength || a.index - b.index);
  const placed: { allocation: Allocation; block: Ipv4Cidr }[] = [];
  for (const { allocation } of order) {
    const size = 2 ** (32 - allocation.prefixLength);
    let start = vpc.network;
    let block: Ipv4Cidr | undefined;
    while (start + size - 1 <= vpc.last) {
      const candidate = Ipv4Cidr.of(start, allocation.prefixLength);
      const clash = taken.find((t) => t.overlaps(candidate));
      if (!clash) {
        block = candidate;
        break;
      }
      start = Math.ceil((clash.last + 1) / size) * size;
    }
    if (!block) return undefined;
    taken.push(block);
    placed.push({ allocation, block });
  }
  return placed;
}
