// `groundwork drift fix`: per drifted finding of a report, revert, accept, tolerate or codify; everything is worked
// out and checked first, then written (code, .driftignore, revert script, summary), so a refused input leaves
// nothing half-written.
import {
  actorName,
  DriftInputError,
  driftIgnoreEntry,
  isDrift,
  loadIacDir,
  resourceLabel,
  type ConfigItem,
  type DesiredResource,
  type ResourceResult,
} from '@groundwork/drift';
import { scanTerraform } from '@groundwork/guard';
import { writeFileAtomically } from '@groundwork/core/node';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CommandIo, EXIT, UsageError } from '../command';
import { reportTime } from '../drift/run-check';
import type { AcceptedEdit } from './accept/accepted-edit';
import { guardOnAccepted } from './accept/accepted-guard';
import { resolveAccept } from './accept/resolve-accept';
import { Formatter, prettierFormatter, writeCodeDirectory } from './code/code-directory';
import type { CodifiedModule } from './codify/codified-resource';
import { CODIFIERS } from './codify/codifiers';
import { codifyContext } from './codify/placement';
import { terraformForm } from './codify/terraform-form';
import { decisionsFromSelectors, type Decision } from './decisions';
import type { FixOptions } from './fix-options';
import type { FixOutcome } from './fix-outcome';
import { fixSummary } from './fix-summary';
import { decideInteractively, readlinePrompt, type Prompt } from './interactive';
import { liveItemsFor, type LiveItemsDeps } from './live-items';
import { loadReport } from './load-report';
import { revertPlan, stacksInDependencyOrder } from './revert/revert-plan';
import { revertScript } from './revert/revert-script';
import { tolerateRules } from './tolerate/tolerate-rules';

/** What a test replaces: the Config client, the prompt, the formatter. */
export interface FixDeps extends LiveItemsDeps {
  readonly prompt?: Prompt;
  readonly format?: Formatter;
}

const DAY = 86_400_000;

/** The one-line account of who changed a finding last, for the reviewer. */
function whyOf(f: ResourceResult, report: string): string {
  const last = f.changedBy?.[f.changedBy.length - 1];
  const who = last
    ? `; changed by ${actorName(last)} via ${last.via} on ${last.eventTime.slice(0, 10)} (${last.eventName})`
    : '';
  return `${f.status} ${resourceLabel(f)} in ${report}${who}`;
}

async function decide(
  opts: FixOptions,
  findings: readonly ResourceResult[],
  io: CommandIo,
  deps: FixDeps,
): Promise<{ decisions: Map<ResourceResult, Decision>; reasons: Map<ResourceResult, string> }> {
  const reasons = new Map<ResourceResult, string>();
  if (Object.keys(opts.selectors).length > 0)
    return { decisions: decisionsFromSelectors(findings, opts.selectors), reasons };
  const prompt = deps.prompt ?? (io.stdin?.isTTY ? readlinePrompt(io.stdin, io.stderr) : undefined);
  if (!prompt)
    throw new UsageError(
      'choose what to do with --revert, --accept, --tolerate or --codify (a finding or all), or run it on a terminal to be asked finding by finding.',
    );
  try {
    const chosen = await decideInteractively(findings, prompt, (t) => io.stderr.write(t), opts.reason);
    const decisions = new Map<ResourceResult, Decision>();
    for (const [f, c] of chosen) {
      decisions.set(f, c.decision);
      if (c.reason) reasons.set(f, c.reason);
    }
    return { decisions, reasons };
  } finally {
    prompt.close();
  }
}

export async function runFix(opts: FixOptions, io: CommandIo, deps: FixDeps = {}): Promise<number> {
  try {
    return await fix(opts, io, deps);
  } catch (err) {
    if (err instanceof DriftInputError) throw new UsageError(err.message);
    throw err;
  }
}

async function fix(opts: FixOptions, io: CommandIo, deps: FixDeps): Promise<number> {
  const reportName = relative(io.cwd, opts.report) || opts.report;
  const report = loadReport(opts.report);
  const desired = loadIacDir(opts.iac);
  const manifestStacks = stacksInDependencyOrder(opts.iac);
  const stacks = manifestStacks.map((s) => s.name);
  if (opts.codifyInto && !stacks.includes(opts.codifyInto))
    throw new UsageError(
      `--codify-into ${opts.codifyInto}: no such stack in ${opts.iac} (${stacks.join(', ')}).`,
    );
  const now = reportTime(io.env);
  const today = now.slice(0, 10);
  const findings = report.resources.filter(isDrift);
  if (findings.length === 0) {
    io.stdout.write(`${reportName} has no drifted finding: nothing to fix.\n`);
    return EXIT.ok;
  }
  const { decisions, reasons } = await decide(opts, findings, io, deps);
  const chosen = (d: Decision) => findings.filter((f) => decisions.get(f) === d);

  const byAddress = new Map<string, DesiredResource>();
  for (const s of desired.stacks)
    for (const r of s.resources) byAddress.set(`${s.name}\u0000${r.address}`, r);
  const refused: { finding: ResourceResult; decision: Decision; reason: string }[] = [];

  // Accept: each difference where the IaC sets the expected value.
  const accepted: FixOutcome['accepted'][number][] = [];
  for (const f of chosen('accept')) {
    const resources = f.addresses
      .map((a) => byAddress.get(`${f.stack}\u0000${a}`))
      .filter((r): r is DesiredResource => r !== undefined);
    for (const difference of f.differences) {
      const r = resolveAccept({ finding: f, difference, resources, why: whyOf(f, reportName) });
      if (r.ok) accepted.push({ finding: f, constructPath: r.constructPath, edit: r.edit });
      else refused.push({ finding: f, decision: 'accept', reason: `${difference.path}: ${r.reason}` });
    }
  }

  // Tolerate: rules with an expiry and a reason.
  const expires = opts.expires ?? new Date(Date.parse(now) + 30 * DAY).toISOString().slice(0, 10);
  const tolerated = chosen('tolerate').map((finding) => {
    const reason = reasons.get(finding) ?? opts.reason;
    if (!reason)
      throw new UsageError(
        `--tolerate needs --reason "<why the drift is tolerated>": it goes next to the rule.`,
      );
    return { finding, rules: tolerateRules(finding), expires, reason };
  });

  // Codify: code from the live configuration.
  const toCodify = chosen('codify');
  const codified: { finding: ResourceResult; module: CodifiedModule }[] = [];
  if (toCodify.length > 0) {
    if (!opts.live)
      throw new UsageError(
        '--codify needs the live resources: give --snapshot <file> (the one the report was made from) or --from-config.',
      );
    const items: Map<ResourceResult, ConfigItem> = await liveItemsFor(toCodify, opts.live, deps);
    for (const f of toCodify) {
      const codifier = CODIFIERS.get(f.resourceType ?? '');
      const item = items.get(f);
      if (!codifier)
        refused.push({
          finding: f,
          decision: 'codify',
          reason: `codify writes ${[...CODIFIERS.keys()].join(', ')} so far, not ${f.resourceType}`,
        });
      else if (!item)
        refused.push({
          finding: f,
          decision: 'codify',
          reason: 'the live input has no configuration item for it',
        });
      else
        codified.push({
          finding: f,
          module: codifier.codify(item, codifyContext(item, report, stacks, opts.codifyInto)),
        });
    }
  }
  const guard =
    codified.length > 0
      ? scanTerraform(terraformForm(codified.map((c) => c.module)), { stack: 'codified' })
      : [];
  const editsByStack = new Map<string, (typeof accepted)[number][]>();
  for (const a of accepted) {
    const stack = a.finding.stack ?? '';
    editsByStack.set(stack, [...(editsByStack.get(stack) ?? []), a]);
  }
  const acceptGuard =
    accepted.length > 0
      ? guardOnAccepted(
          opts.iac,
          new Map(manifestStacks.map((s) => [s.name, join(s.workingDirectory, 'cdk.tf.json')])),
          editsByStack,
        )
      : [];
  const reverted = revertPlan(opts.iac, desired, chosen('revert'));

  if ((accepted.length > 0 || codified.length > 0) && !opts.codeDir)
    throw new UsageError(
      '--code-dir <dir> is required: no cdktf.json here says where the app is (its generated drift fixes go there).',
    );

  // Everything is known: write.
  const written: string[] = [];
  const show = (path: string) => relative(io.cwd, path) || path;
  if (opts.codeDir && (accepted.length > 0 || codified.length > 0)) {
    const table: Record<string, AcceptedEdit[]> = {};
    for (const a of accepted) (table[a.constructPath] ??= []).push(a.edit);
    written.push(
      ...(await writeCodeDirectory(
        opts.codeDir,
        { accepted: table, codified: codified.map((c) => c.module), date: today, report: reportName },
        io.cwd,
        deps.format ?? prettierFormatter,
      )),
    );
  }
  if (tolerated.length > 0) {
    const before = existsSync(opts.ignoreFile) ? readFileSync(opts.ignoreFile, 'utf8') : '';
    const have = new Set(before.split(/\r?\n/).map((l) => l.trim()));
    const entries = tolerated.flatMap((t) =>
      t.rules
        .filter((rule) => !have.has(rule))
        .map((rule) =>
          driftIgnoreEntry({
            rule,
            expires: t.expires,
            reason: `${t.reason} (${whyOf(t.finding, reportName)})`,
          }),
        ),
    );
    if (entries.length > 0) {
      writeFileAtomically(
        opts.ignoreFile,
        `${before}${before === '' || before.endsWith('\n') ? '' : '\n'}${entries.join('')}`,
      );
      written.push(show(opts.ignoreFile));
    }
  }
  mkdirSync(opts.out, { recursive: true });
  const scriptPath = join(opts.out, 'revert.sh');
  if (reverted.length > 0) {
    writeFileAtomically(
      scriptPath,
      revertScript(reverted, { iacDir: show(opts.iac), date: today, report: reportName }),
    );
    chmodSync(scriptPath, 0o755);
    written.push(show(scriptPath));
  }
  const outcome: FixOutcome = { reverted, accepted, acceptGuard, tolerated, codified, guard, refused };
  const summaryPath = join(opts.out, 'drift-fix.md');
  writeFileAtomically(
    summaryPath,
    fixSummary(outcome, {
      date: today,
      report: reportName,
      revertScript: show(scriptPath),
      codeDir: opts.codeDir ? show(opts.codeDir) : '(none)',
      ignoreFile: show(opts.ignoreFile),
    }),
  );
  written.push(show(summaryPath));

  const done = decisions.size - new Set(refused.map((r) => r.finding)).size;
  io.stdout.write(
    `groundwork drift fix: ${done} of ${decisions.size} chosen finding${decisions.size === 1 ? '' : 's'} fixed` +
      `${refused.length > 0 ? `, ${refused.length} could not be (see ${show(summaryPath)})` : ''}.\n` +
      written.map((w) => `  wrote ${w}\n`).join(''),
  );
  for (const r of refused)
    io.stderr.write(`groundwork drift fix: ${r.decision} ${resourceLabel(r.finding)}: ${r.reason}\n`);
  for (const g of acceptGuard)
    io.stderr.write(
      `groundwork drift fix: warning: once accepted, guard ${g.ruleId} (${g.severity}) objects at ${g.constructPath}: ${g.message}` +
        `${g.severity === 'error' ? '; synthesis stops until it is fixed or suppressed with its reason' : ''}\n`,
    );
  return refused.length > 0 ? EXIT.findings : EXIT.ok;
}
