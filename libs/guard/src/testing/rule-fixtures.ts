import { GuardFinding, GuardRule } from '../model';
import { scanTerraform } from '../scan';
import { toArrayForm } from './array-form';

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

/** Terraform JSON in the object form (as cdktf writes it): resources, and optionally data sources and locals. */
export interface ObjectFormJson {
  readonly resource: Blocks;
  readonly data?: Blocks;
  readonly locals?: Record<string, unknown>;
}

export const tf = (resource: Blocks, data?: Blocks, locals?: Record<string, unknown>): ObjectFormJson => ({
  resource,
  ...(data ? { data } : {}),
  ...(locals ? { locals } : {}),
});

export interface FixtureCase {
  readonly name: string;
  readonly json: ObjectFormJson;
}

export interface LocatedCase extends FixtureCase {
  /** The address the finding must be reported at. */
  readonly at: string;
}

/** A rule's test cases: compliant, violating (a finding of the rule's severity), and undecided (notes only). */
export interface RuleFixtures {
  readonly passes: readonly FixtureCase[];
  readonly fails: readonly LocatedCase[];
  readonly undecided?: readonly LocatedCase[];
}

export const findingsOf = (rule: GuardRule, json: unknown): GuardFinding[] =>
  scanTerraform(json, { rules: [rule] });

/**
 * Runs every fixture of the rules in the object form and in the array form: each case must give the expected
 * findings, and both forms exactly the same ones.
 */
export function describeRuleFixtures(
  rules: readonly GuardRule[],
  fixtures: Readonly<Record<string, RuleFixtures>>,
): void {
  it('has fixtures for each rule that passes, fails and, where values are computed, cannot decide', () => {
    expect(Object.keys(fixtures).sort()).toEqual(rules.map((r) => r.id).sort());
    for (const f of Object.values(fixtures)) {
      expect(f.passes.length).toBeGreaterThan(0);
      expect(f.fails.length).toBeGreaterThan(0);
    }
  });
  describe.each(rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const f = fixtures[rule.id];
    const both = (c: FixtureCase) => {
      const objectForm = findingsOf(rule, c.json);
      expect(findingsOf(rule, toArrayForm(c.json as unknown as Record<string, unknown>))).toEqual(objectForm);
      return objectForm;
    };
    it.each(f.passes.map((c) => [c.name, c] as const))('passes %s', (_name, c) => {
      expect(both(c)).toEqual([]);
    });
    it.each(f.fails.map((c) => [c.name, c] as const))('reports %s', (_name, c) => {
      const findings = both(c);
      expect(findings.filter((x) => x.severity === rule.severity).map((x) => x.address)).toContain(c.at);
      for (const x of findings) {
        expect(x).toMatchObject({ ruleId: rule.id, fix: rule.fix });
        expect(x.message.length).toBeGreaterThan(5);
      }
    });
    if (f.undecided !== undefined && f.undecided.length > 0) {
      it.each(f.undecided.map((c) => [c.name, c] as const))('cannot decide %s: a note', (_name, c) => {
        const findings = both(c);
        expect(findings.map((x) => x.address)).toContain(c.at);
        for (const x of findings) expect(x).toMatchObject({ ruleId: rule.id, severity: 'note' });
      });
    }
  });
}
