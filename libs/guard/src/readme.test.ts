import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_RULES } from './rules';
import { differenceLine, ruleTableRow } from './rule-table';

describe('README', () => {
  const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

  // Prettier pads table cells, so rows are compared cell by cell.
  const cells = (row: string) => row.split('|').map((c) => c.trim());

  it('lists every rule exactly as the rule pack defines it', () => {
    const rows = readme
      .split('\n')
      .filter((l) => /^\| GW-/.test(l))
      .map(cells);
    expect(rows).toEqual(ALL_RULES.map((r) => cells(ruleTableRow(r))));
  });

  it('states the rule counts', () => {
    const errors = ALL_RULES.filter((r) => r.severity === 'error').length;
    expect(readme).toContain(
      `${ALL_RULES.length} rules: ${errors} errors, ${ALL_RULES.length - errors} warnings.`,
    );
  });

  it('records every deliberate difference from the peer tools, as the rules state them', () => {
    const listed = readme
      .split('\n')
      .filter((l) => /^- \*\*GW-/.test(l))
      .map((l) => l.replace(/\s+/g, ' '));
    const stated = ALL_RULES.flatMap((r) => (r.differences ?? []).map((d) => differenceLine(r.id, d)));
    expect(listed).toEqual(stated.map((l) => l.replace(/\s+/g, ' ')));
  });
});
