/**
 * An IPv6 CIDR as AWS writes it back (RFC 5952: lower case, no leading zeros, the longest run of zero groups
 * shortened to `::`), so that `2001:DB8:0:0::/64` in the IaC equals the live `2001:db8::/64`. Anything else (IPv4
 * CIDRs, ids, prefix lists, malformed text) is returned as it is.
 */
export function canonicalCidr(value: string): string {
  const slash = value.indexOf('/');
  const address = slash < 0 ? value : value.slice(0, slash);
  if (!address.includes(':') || address.includes('.')) return value;
  const halves = address.toLowerCase().split('::');
  if (halves.length > 2) return value;
  const groups = (s: string): string[] => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 2 && missing < 1) || (halves.length === 1 && missing !== 0)) return value;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (all.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return value;
  const hextets = all.map((g) => g.replace(/^0+(?=.)/, ''));
  // The longest run of two or more zero groups (the first one on a tie) becomes "::".
  let best = { start: -1, length: 0 };
  for (let i = 0; i < 8;) {
    if (hextets[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && hextets[j] === '0') j++;
    if (j - i > best.length && j - i >= 2) best = { start: i, length: j - i };
    i = j;
  }
  const text =
    best.start < 0
      ? hextets.join(':')
      : `${hextets.slice(0, best.start).join(':')}::${hextets.slice(best.start + best.length).join(':')}`;
  return slash < 0 ? text : `${text}${value.slice(slash)}`;
}
