// The availability zones of a region in the simulated account, and their AZ ids.
//
// AWS documents an AZ id as the region code shortened, then `-az` and a number: `euw1-az1` in eu-west-1, `use1-az4`
// in us-east-1. The short form keeps the area code and the region's number and writes the direction by its compass
// initials: eu-west-1 → euw1, us-east-1 → use1, eu-central-1 → euc1, ap-southeast-2 → apse2, ap-northeast-1 → apne1,
// and GovCloud's `gov` as `g` (us-gov-west-1 → usgw1). Which letter is which AZ id differs between accounts in the
// oldest regions; the simulated account maps them in order (a → az1, b → az2, ...).

/** The zones of a region the simulated account offers: a, b and c. */
export function zoneNames(region: string): string[] {
  return ['a', 'b', 'c'].map((letter) => `${region}${letter}`);
}

const WORD_INITIALS: Readonly<Record<string, string>> = {
  north: 'n',
  south: 's',
  east: 'e',
  west: 'w',
  central: 'c',
  northeast: 'ne',
  northwest: 'nw',
  southeast: 'se',
  southwest: 'sw',
  gov: 'g',
};

/** The AZ id prefix of a region: `euw1` for eu-west-1. */
export function zoneIdPrefix(region: string): string {
  const m = /^([a-z]{2})-([a-z]+(?:-[a-z]+)*)-(\d+)$/.exec(region);
  if (!m) throw new Error(`region "${region}" is not an AWS region code like eu-west-1`);
  const [, area, words, number] = m;
  const initials = words.split('-').map((word) => {
    const initial = WORD_INITIALS[word];
    if (initial === undefined)
      throw new Error(
        `region "${region}": no AZ id is known for "${word}" (known: ${Object.keys(WORD_INITIALS).join(', ')})`,
      );
    return initial;
  });
  return `${area}${initials.join('')}${number}`;
}

/** The AZ id of a zone: `eu-west-1c` → `euw1-az3`. */
export function zoneId(zone: string): string {
  const m = /^(.+\d)([a-z])$/.exec(zone);
  if (!m) throw new Error(`"${zone}" is not an availability zone name like eu-west-1a`);
  return `${zoneIdPrefix(m[1])}-az${m[2].charCodeAt(0) - 'a'.charCodeAt(0) + 1}`;
}
