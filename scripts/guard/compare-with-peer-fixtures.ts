// Runs the rule pack over checkov's own Terraform test fixtures and compares, per resource address, with the
// resources checkov's tests expect to pass and fail, for every checkov check a rule names. A peer check, not a
// test: it needs a checkov checkout, which this repository does not carry.
//
//   npx tsx --tsconfig tsconfig.base.json scripts/guard/compare-with-peer-fixtures.ts <checkov-checkout> \
//     [--tfsec <tfsec-checkout>] [--trivy-checks <trivy-checks-checkout>] [--verbose]
//
// It also runs the unit tests that give one resource as inline HCL (`hcl2.loads("""...""")`) and expect PASSED or
// FAILED for it.
//
// Each fixture directory's *.tf files are converted with @cdktf/hcl2json (blocks in the array form, as a user would
// convert them) and scanned as one configuration. A resource checkov expects to fail is caught when a rule naming
// that check reports it as an error or a warning; a note counts apart (undecided). A resource checkov expects to
// pass is a false flag when such a rule reports it as an error or a warning. Resources inside modules are skipped:
// the scanner reads one configuration, not the modules it calls.
//
// With --tfsec <tfsec-checkout> and --trivy-checks <trivy-checks-checkout>, it also runs the rules over the insecure
// and secure Terraform examples of tfsec's check pages (docs/checks/aws/<service>/<check>/index.md) and of
// trivy-checks' checks (the examples yaml each checks/cloud/aws/<service>/<check>.rego names), for every trivy id a
// rule names: an insecure example is caught when a rule naming that id reports it (an error or a warning) anywhere
// in it, a secure example is falsely flagged when one does.
import { parse } from '@cdktf/hcl2json';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ALL_RULES, GuardFinding, scanTerraform } from '@groundwork/guard';

interface Expectation {
  readonly checkId: string;
  readonly source: string;
  readonly dir: string;
  readonly passing: readonly string[];
  readonly failing: readonly string[];
}

interface Tally {
  readonly checkId: string;
  readonly rules: string;
  readonly source: string;
  failing: number;
  caught: number;
  failingNotes: number;
  /** Missed at the address, but reported by the same rules at a resource linked to it (a companion). */
  linked: number;
  /** Missed by the rules naming the check, but reported at the address by another rule. */
  otherRule: number;
  missed: string[];
  passing: number;
  falseFlags: string[];
  passingNotes: number;
  crashes: string[];
  /** Fixtures hcl2json cannot convert (invalid HCL): not scanned. */
  unconvertible: string[];
}

const [root, ...flags] = process.argv.slice(2);
if (root === undefined || !existsSync(join(root, 'checkov/terraform/checks'))) {
  console.error(
    'usage: compare-with-peer-fixtures.ts <checkov-checkout> [--tfsec <tfsec-checkout>] [--trivy-checks <trivy-checks-checkout>] [--verbose]',
  );
  process.exit(2);
}
const verbose = flags.includes('--verbose');
const option = (name: string) => (flags.includes(name) ? flags[flags.indexOf(name) + 1] : undefined);
const tfsecRoot = option('--tfsec');
const trivyRoot = option('--trivy-checks');

/** The checkov check ids of the pack, each with the rules that name it. */
function rulesByCheck(): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of ALL_RULES) {
    for (const id of rule.checkov) map.set(id, [...(map.get(id) ?? []), rule.id]);
  }
  return map;
}

const listFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).map((f) => join(dir, f)) : []);

/** Python string literals inside the set assigned to `name` (`passing_resources = {"a", "b"}`), in order. */
function pythonSets(text: string, name: string): string[][] {
  const sets: string[][] = [];
  for (const m of text.matchAll(new RegExp(`${name}\\s*=\\s*\\{([^}]*)\\}`, 'g'))) {
    sets.push(
      [...m[1].matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((s) => unescape(s[1] ?? s[2])),
    );
  }
  return sets;
}
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

/** Resource and data checks: `check_id`/`id` in the check, its unit test, the example directory and the sets. */
function resourceCheckExpectations(checkIds: Set<string>): Expectation[] {
  const out: Expectation[] = [];
  for (const kind of ['resource', 'data']) {
    const checkDir = join(root, 'checkov/terraform/checks', kind, 'aws');
    const testDir = join(root, 'tests/terraform/checks', kind, 'aws');
    const tests = listFiles(testDir).filter((f) => /\/test_.*\.py$/.test(f));
    for (const file of listFiles(checkDir).filter((f) => f.endsWith('.py'))) {
      const id = /(?:check_)?id\s*=\s*"(CKV2?_AWS_\d+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      if (id === undefined || !checkIds.has(id)) continue;
      const module = basename(file, '.py');
      for (const test of tests) {
        const text = readFileSync(test, 'utf8');
        if (!new RegExp(`aws\\.${module} import`).test(text)) continue;
        const dirs = [...new Set([...text.matchAll(/\b(example_[A-Za-z0-9_]+)/g)].map((m) => m[1]))];
        const passing = pythonSets(text, 'passing_resources');
        const failing = pythonSets(text, 'failing_resources');
        if (dirs.length !== 1 || passing.length !== 1 || failing.length !== 1) continue;
        out.push({
          checkId: id,
          source: `${kind}/${module}`,
          dir: join(testDir, dirs[0]),
          passing: passing[0],
          failing: failing[0],
        });
      }
    }
  }
  return out;
}

/** Graph checks: the yaml's `id`, and the fixture directory of the same name with its expected.yaml. */
function graphCheckExpectations(checkIds: Set<string>): Expectation[] {
  const out: Expectation[] = [];
  for (const file of listFiles(join(root, 'checkov/terraform/checks/graph_checks/aws'))) {
    const id = /^\s*id:\s*"?(CKV2?_AWS_\d+)"?/m.exec(readFileSync(file, 'utf8'))?.[1];
    if (id === undefined || !checkIds.has(id)) continue;
    const name = basename(file).replace(/\.ya?ml$/, '');
    const dir = join(root, 'tests/terraform/graph/checks/resources', name);
    const expected = join(dir, 'expected.yaml');
    if (!existsSync(expected)) continue;
    const lists: Record<string, string[]> = { pass: [], fail: [] };
    let current: string[] | undefined;
    for (const line of readFileSync(expected, 'utf8').split('\n')) {
      const key = /^(\w+):/.exec(line)?.[1];
      if (key !== undefined) current = lists[key];
      const item = /^\s*-\s*["']?([^"']+)["']?\s*$/.exec(line)?.[1];
      if (item !== undefined) current?.push(item);
    }
    out.push({ checkId: id, source: `graph/${name}`, dir, passing: lists.pass, failing: lists.fail });
  }
  return out;
}

async function convert(dir: string): Promise<unknown[]> {
  const files = listFiles(dir).filter((f) => f.endsWith('.tf') && statSync(f).isFile());
  return Promise.all(files.map((f) => parse(basename(f), readFileSync(f, 'utf8'))));
}

/** Each resource block's JSON text by address, to see which resources name which. */
function bodyTexts(json: readonly unknown[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const file of json) {
    const resources = (file as { resource?: Record<string, Record<string, unknown>> }).resource ?? {};
    for (const [type, byName] of Object.entries(resources))
      for (const [name, body] of Object.entries(byName)) out.set(`${type}.${name}`, JSON.stringify(body));
  }
  return out;
}

/** Does either resource name the other (`aws_s3_bucket.b.id` in the public access block)? */
function linkedTo(bodies: Map<string, string>, a: string, b: string): boolean {
  const blockOf = (x: string) => x.replace(/\[.*$/, '');
  const names = (from: string, to: string) => bodies.get(blockOf(from))?.includes(`${blockOf(to)}.`) ?? false;
  return a !== b && (names(a, b) || names(b, a));
}

/** The findings at an expected address: exact, or any instance of it when checkov names the block. */
function at(findings: readonly GuardFinding[], address: string): GuardFinding[] {
  return findings.filter((f) => f.address === address || f.address.startsWith(`${address}[`));
}
const flags_ = (found: readonly GuardFinding[]) => found.some((f) => f.severity !== 'note');

async function main(): Promise<void> {
  const byCheck = rulesByCheck();
  const ids = new Set(byCheck.keys());
  const expectations = [...resourceCheckExpectations(ids), ...graphCheckExpectations(ids)];
  const tallies: Tally[] = [];
  for (const e of expectations) {
    const rules = byCheck.get(e.checkId) ?? [];
    const tally: Tally = {
      checkId: e.checkId,
      rules: rules.join(' '),
      source: e.source,
      failing: 0,
      caught: 0,
      failingNotes: 0,
      linked: 0,
      otherRule: 0,
      missed: [],
      passing: 0,
      falseFlags: [],
      passingNotes: 0,
      crashes: [],
      unconvertible: [],
    };
    tallies.push(tally);
    let findings: GuardFinding[];
    let json: unknown[];
    try {
      json = await convert(e.dir);
    } catch (err) {
      tally.unconvertible.push(`${basename(e.dir)}: ${(err as Error).message.split('\n')[0]}`);
      continue;
    }
    let all: GuardFinding[];
    try {
      // Every rule runs, so a crash in any of them shows; only the rules naming the check are compared.
      all = scanTerraform(json);
      findings = all.filter((f) => rules.includes(f.ruleId));
    } catch (err) {
      tally.crashes.push(`${basename(e.dir)}: ${(err as Error).message}`);
      continue;
    }
    const bodies = bodyTexts(json);
    for (const address of e.failing.filter((a) => !a.startsWith('module.'))) {
      tally.failing++;
      const found = at(findings, address);
      if (flags_(found)) {
        tally.caught++;
        continue;
      }
      const linked = findings.find((f) => f.severity !== 'note' && linkedTo(bodies, address, f.address));
      const other = at(all, address).find((f) => f.severity !== 'note');
      if (linked) tally.linked++;
      else if (other) tally.otherRule++;
      if (found.length > 0) tally.failingNotes++;
      const why = linked
        ? ` (reported at ${linked.address}: ${linked.message})`
        : other
          ? ` (reported by ${other.ruleId}: ${other.message})`
          : found.length > 0
            ? ` (note: ${found[0].message})`
            : '';
      tally.missed.push(`${address}${why}`);
    }
    for (const address of e.passing.filter((a) => !a.startsWith('module.'))) {
      tally.passing++;
      const found = at(findings, address);
      if (flags_(found)) {
        const f = found.find((x) => x.severity !== 'note');
        tally.falseFlags.push(`${address} (${f?.ruleId}: ${f?.message})`);
      } else if (found.length > 0) tally.passingNotes++;
    }
  }
  tallies.sort((a, b) => a.rules.localeCompare(b.rules) || a.checkId.localeCompare(b.checkId));
  console.log(
    '| checkov | rules | fixture | caught / expected fail | missed: reported at a linked resource | missed: reported by another rule | notes on fail | false flags / expected pass | notes on pass | crashes | not convertible |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const t of tallies) {
    console.log(
      `| ${t.checkId} | ${t.rules} | ${t.source} | ${t.caught}/${t.failing} | ${t.linked} | ${t.otherRule} | ${t.failingNotes} | ${t.falseFlags.length}/${t.passing} | ${t.passingNotes} | ${t.crashes.length} | ${t.unconvertible.length} |`,
    );
  }
  const sum = (f: (t: Tally) => number) => tallies.reduce((n, t) => n + f(t), 0);
  console.log(
    `| total | | ${tallies.length} fixtures | ${sum((t) => t.caught)}/${sum((t) => t.failing)} | ${sum((t) => t.linked)} | ${sum((t) => t.otherRule)} | ${sum((t) => t.failingNotes)} | ${sum((t) => t.falseFlags.length)}/${sum((t) => t.passing)} | ${sum((t) => t.passingNotes)} | ${sum((t) => t.crashes.length)} | ${sum((t) => t.unconvertible.length)} |`,
  );
  if (!verbose) return;
  for (const t of tallies) {
    const lines = [
      ...t.missed.map((m) => `  missed      ${m}`),
      ...t.falseFlags.map((m) => `  false flag  ${m}`),
      ...t.crashes.map((m) => `  crash       ${m}`),
      ...t.unconvertible.map((m) => `  hcl2json    ${m}`),
    ];
    if (lines.length > 0) console.log(`\n${t.checkId} (${t.rules}) ${t.source}\n${lines.join('\n')}`);
  }
}

/** One `hcl2.loads` case of a checkov unit test: the HCL, the resource it checks and the result it expects. */
interface InlineCase {
  readonly checkId: string;
  readonly source: string;
  readonly hcl: string;
  readonly address: string;
  readonly fails: boolean;
}

/** The unit tests that check one resource given as inline HCL (`hcl2.loads("""...""")`), per test method. */
function inlineCases(checkIds: Set<string>): InlineCase[] {
  const out: InlineCase[] = [];
  for (const kind of ['resource', 'data']) {
    const checkDir = join(root, 'checkov/terraform/checks', kind, 'aws');
    const tests = listFiles(join(root, 'tests/terraform/checks', kind, 'aws')).filter((f) =>
      /\/test_.*\.py$/.test(f),
    );
    for (const file of listFiles(checkDir).filter((f) => f.endsWith('.py'))) {
      const id = /(?:check_)?id\s*=\s*"(CKV2?_AWS_\d+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      if (id === undefined || !checkIds.has(id)) continue;
      const module = basename(file, '.py');
      for (const test of tests) {
        const text = readFileSync(test, 'utf8');
        if (!new RegExp(`aws\\.${module} import`).test(text)) continue;
        for (const method of text.split(/\n\s+def /).slice(1)) {
          const hcl = /hcl2\.loads\(\s*[rf]?"""([\s\S]*?)"""/.exec(method)?.[1];
          const at = /\['resource'\]\[0\]\['([\w-]+)'\]\['([\w-]+)'\]/.exec(method);
          const results = [...method.matchAll(/CheckResult\.(PASSED|FAILED)/g)].map((m) => m[1]);
          if (hcl === undefined || at === null || results.length !== 1) continue;
          out.push({
            checkId: id,
            source: `${basename(test, '.py')}.${method.slice(0, method.indexOf('('))}`,
            hcl,
            address: `${at[1]}.${at[2]}`,
            fails: results[0] === 'FAILED',
          });
        }
      }
    }
  }
  return out;
}

async function compareInline(byCheck: Map<string, string[]>): Promise<void> {
  const cases = inlineCases(new Set(byCheck.keys()));
  const rows = new Map<
    string,
    { fail: number; caught: number; pass: number; flagged: number; other: number }
  >();
  const details: string[] = [];
  let crashes = 0;
  let unconvertible = 0;
  for (const c of cases) {
    const rules = byCheck.get(c.checkId) ?? [];
    const row = rows.get(c.checkId) ?? { fail: 0, caught: 0, pass: 0, flagged: 0, other: 0 };
    rows.set(c.checkId, row);
    let json: unknown;
    try {
      json = await parse('main.tf', c.hcl);
    } catch {
      unconvertible++;
      continue;
    }
    let all: GuardFinding[];
    try {
      all = scanTerraform(json);
    } catch (err) {
      crashes++;
      details.push(`${c.source}: crash ${(err as Error).message}`);
      continue;
    }
    const found = at(all, c.address).filter((f) => rules.includes(f.ruleId) && f.severity !== 'note');
    if (c.fails) {
      row.fail++;
      if (found.length > 0) row.caught++;
      else {
        const other = at(all, c.address).find((f) => f.severity !== 'note');
        if (other) row.other++;
        const note = at(all, c.address).find((f) => rules.includes(f.ruleId));
        details.push(
          `${c.checkId} ${c.source}: missed ${c.address}${other ? ` (reported by ${other.ruleId}: ${other.message})` : note ? ` (note: ${note.message})` : ''}\n${c.hcl.trim()}`,
        );
      }
    } else {
      row.pass++;
      if (found.length > 0) {
        row.flagged++;
        details.push(
          `${c.checkId} ${c.source}: flagged ${c.address} (${found[0].ruleId}: ${found[0].message})\n${c.hcl.trim()}`,
        );
      }
    }
  }
  console.log(
    '\n| checkov (inline unit tests) | rules | caught / expected fail | missed: reported by another rule | false flags / expected pass |',
  );
  console.log('| --- | --- | --- | --- | --- |');
  const total = { fail: 0, caught: 0, pass: 0, flagged: 0, other: 0 };
  for (const [id, r] of [...rows].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (r.fail + r.pass === 0) continue;
    console.log(
      `| ${id} | ${(byCheck.get(id) ?? []).join(' ')} | ${r.caught}/${r.fail} | ${r.other} | ${r.flagged}/${r.pass} |`,
    );
    for (const k of Object.keys(total) as (keyof typeof total)[]) total[k] += r[k];
  }
  console.log(
    `| total | ${cases.length} cases, ${crashes} crashes, ${unconvertible} not convertible | ${total.caught}/${total.fail} | ${total.other} | ${total.flagged}/${total.pass} |`,
  );
  if (verbose) for (const d of details) console.log(`\n${d}`);
}

/** The Terraform code blocks of one `### <heading>` section of a tfsec check page. */
function exampleBlocks(page: string, heading: string): string[] {
  const start = page.indexOf(`### ${heading}`);
  if (start < 0) return [];
  const end = page.indexOf('\n### ', start + 4);
  const section = page.slice(start, end < 0 ? undefined : end);
  return [...section.matchAll(/```(?:terraform|hcl)\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** A trivy check's Terraform examples: ones it reports (insecure) and ones it passes (secure). */
interface TrivyExamples {
  readonly id: string;
  readonly insecure: readonly string[];
  readonly secure: readonly string[];
}

/** tfsec's check pages (docs/checks/aws/<service>/<check>/index.md): their insecure and secure examples. */
function tfsecExamples(root: string): TrivyExamples[] {
  const docs = join(root, 'docs/checks/aws');
  const out: TrivyExamples[] = [];
  for (const service of listFiles(docs).filter((d) => statSync(d).isDirectory())) {
    for (const check of listFiles(service).filter((d) => statSync(d).isDirectory())) {
      const page = join(check, 'index.md');
      if (!existsSync(page)) continue;
      const text = readFileSync(page, 'utf8');
      out.push({
        id: `aws-${basename(service)}-${basename(check)}`,
        insecure: exampleBlocks(text, 'Insecure Example'),
        secure: exampleBlocks(text, 'Secure Example'),
      });
    }
  }
  return out;
}

/** trivy-checks' checks (checks/cloud/aws/<service>/<check>.rego, its long_id and its examples yaml). */
function trivyCheckExamples(root: string): TrivyExamples[] {
  const out: TrivyExamples[] = [];
  const services = listFiles(join(root, 'checks/cloud/aws')).filter((d) => statSync(d).isDirectory());
  for (const file of services.flatMap(listFiles).filter((f) => /(?<!_test)\.rego$/.test(f))) {
    const rego = readFileSync(file, 'utf8');
    const id = /^#\s+long_id:\s*(\S+)/m.exec(rego)?.[1];
    const examples = /^#\s+examples:\s*(\S+)/m.exec(rego)?.[1];
    if (id === undefined || examples === undefined || !existsSync(join(root, examples))) continue;
    const terraform = (
      parseYaml(readFileSync(join(root, examples), 'utf8')) as { terraform?: Record<string, unknown> }
    )?.terraform;
    const list = (v: unknown) =>
      Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    out.push({ id, insecure: list(terraform?.bad), secure: list(terraform?.good) });
  }
  return out;
}

/**
 * Runs the rules over each example of the trivy checks a rule names: an insecure example is caught when a rule
 * naming that id reports it (an error or a warning) anywhere in it, a secure example is falsely flagged when one does.
 */
async function compareExamples(title: string, checks: readonly TrivyExamples[]): Promise<void> {
  const byTrivy = new Map<string, string[]>();
  for (const rule of ALL_RULES)
    for (const id of rule.trivy) byTrivy.set(id, [...(byTrivy.get(id) ?? []), rule.id]);
  console.log(`\n| ${title} | rules | insecure caught | secure flagged | crashes | not convertible |`);
  console.log('| --- | --- | --- | --- | --- | --- |');
  const totals = { bad: 0, caught: 0, good: 0, flagged: 0, crashes: 0, unconvertible: 0 };
  const details: string[] = [];
  for (const { id, insecure, secure } of [...checks].sort((a, b) => a.id.localeCompare(b.id))) {
    const rules = byTrivy.get(id);
    if (rules === undefined || insecure.length + secure.length === 0) continue;
    const row = { bad: 0, caught: 0, good: 0, flagged: 0, crashes: 0, unconvertible: 0 };
    const run = async (hcl: string, isInsecure: boolean) => {
      let json: unknown;
      try {
        json = await parse('main.tf', hcl);
      } catch {
        row.unconvertible++;
        return;
      }
      let found: GuardFinding[];
      try {
        found = scanTerraform(json).filter((f) => rules.includes(f.ruleId) && f.severity !== 'note');
      } catch (err) {
        row.crashes++;
        details.push(`${id}: crash ${(err as Error).message}`);
        return;
      }
      if (isInsecure) {
        row.bad++;
        if (found.length > 0) row.caught++;
        else details.push(`${id}: insecure example missed\n${hcl.trim()}`);
      } else {
        row.good++;
        if (found.length > 0) {
          row.flagged++;
          details.push(
            `${id}: secure example flagged (${found[0].ruleId}: ${found[0].message})\n${hcl.trim()}`,
          );
        }
      }
    };
    for (const hcl of insecure) await run(hcl, true);
    for (const hcl of secure) await run(hcl, false);
    for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += row[k];
    console.log(
      `| ${id} | ${rules.join(' ')} | ${row.caught}/${row.bad} | ${row.flagged}/${row.good} | ${row.crashes} | ${row.unconvertible} |`,
    );
  }
  console.log(
    `| total | | ${totals.caught}/${totals.bad} | ${totals.flagged}/${totals.good} | ${totals.crashes} | ${totals.unconvertible} |`,
  );
  if (verbose) for (const d of details) console.log(`\n${d}`);
}

void main()
  .then(() => compareInline(rulesByCheck()))
  .then(() => (tfsecRoot === undefined ? undefined : compareExamples('tfsec', tfsecExamples(tfsecRoot))))
  .then(() =>
    trivyRoot === undefined ? undefined : compareExamples('trivy-checks', trivyCheckExamples(trivyRoot)),
  );
