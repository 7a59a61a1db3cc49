// `drift-fix.md`: what was decided for each finding and what to do next, for the person who runs it and for the
// pull request the drift workflow opens.
import { resourceLabel } from '@groundwork/drift';
import { providerProperty } from './accept/provider-property';
import { codifiedFile } from './code/code-directory';
import type { FixOutcome } from './fix-outcome';
import { revertCommands } from './revert/revert-script';

export interface FixSummaryOptions {
  readonly date: string;
  readonly report: string;
  /** Paths as the reader gives them: the revert script, the code directory, the .driftignore. */
  readonly revertScript: string;
  readonly codeDir: string;
  readonly ignoreFile: string;
}

function code(text: string): string {
  const fence = text.includes('`') ? '``' : '`';
  return `${fence}${text.replace(/\|/g, '\\|')}${fence}`;
}

/** How accepted-values.ts sets an argument: the provider class's property, else an override. */
function howSet(type: string | undefined, argument: string): string {
  const prop = type ? providerProperty(type, argument) : undefined;
  return prop ? `property ${code(`${prop.className}.${prop.property}`)}` : 'override';
}

function value(v: unknown): string {
  return code(v === undefined ? '(absent)' : JSON.stringify(v));
}

export function fixSummary(outcome: FixOutcome, options: FixSummaryOptions): string {
  const out: string[] = [
    '## Groundwork drift fix',
    '',
    `From ${code(options.report)}, ${options.date}.`,
    '',
    '| Decision | Findings |',
    '| --- | ---: |',
    `| Revert | ${outcome.reverted.reduce((n, s) => n + s.findings.length, 0)} |`,
    `| Accept | ${new Set(outcome.accepted.map((a) => a.finding)).size} |`,
    `| Tolerate | ${outcome.tolerated.length} |`,
    `| Codify | ${outcome.codified.length} |`,
    `| Could not be done | ${new Set(outcome.refused.map((r) => r.finding)).size} |`,
  ];

  if (outcome.reverted.length > 0) {
    out.push(
      '',
      '### Revert: put AWS back to the IaC',
      '',
      `Run ${code(options.revertScript)} with the deploy credentials (set ${code('IAC_DIR')} if the cdktf output is elsewhere). Stack by stack, in dependency order:`,
    );
    for (const plan of outcome.reverted) {
      out.push('', `**${plan.stack}**`, '');
      for (const f of plan.findings)
        out.push(
          `- ${f.status} ${code(resourceLabel(f))}${f.constructPath ? ` (${code(f.constructPath)})` : ''}`,
        );
      for (const r of plan.recreated)
        out.push(
          `- ${code(r.address)} was deleted: the plan recreates it with a new id` +
            (r.dependents.length > 0
              ? `, and updates ${r.dependents.map(code).join(', ')}, which refer to it`
              : ''),
        );
      out.push('', '```sh', ...revertCommands(plan), '```');
    }
  }

  if (outcome.accepted.length > 0) {
    out.push(
      '',
      '### Accepted: the IaC now says what is live',
      '',
      `In ${code(`${options.codeDir}/accepted-values.json`)}, applied by ${code(`${options.codeDir}/accepted-values.ts`)}:`,
      '',
      '| Construct path | Argument | Was | Now |',
      '| --- | --- | --- | --- |',
      ...outcome.accepted.map(({ constructPath, edit }) =>
        'set' in edit
          ? `| ${code(constructPath)} | ${code(edit.set)} (${howSet(edit.type, edit.set)}) | ${value(edit.was)} | ${value(edit.value)} |`
          : `| ${code(constructPath)} | managed policy attachment (imported as ${code(edit.importId)}) | (none) | ${code(edit.attachPolicy)} |`,
      ),
      '',
      outcome.acceptGuard.length === 0
        ? 'Guard has no objection to the accepted values.'
        : 'Guard objects to the accepted values (synthesis stops on an error until it is fixed or suppressed with its reason; or revert the finding instead):',
      ...outcome.acceptGuard.map(
        (g) => `- ${g.severity} ${g.ruleId} ${code(g.constructPath)}: ${g.message}. Fix: ${g.fix}`,
      ),
    );
  }

  if (outcome.tolerated.length > 0) {
    out.push('', `### Tolerated: rules added to ${code(options.ignoreFile)}`, '');
    for (const t of outcome.tolerated)
      out.push(
        `- ${t.finding.status} ${code(resourceLabel(t.finding))}, until ${t.expires}: ${t.reason}`,
        ...t.rules.map((r) => `  - ${code(r)}`),
      );
  }

  if (outcome.codified.length > 0) {
    out.push('', '### Codified: made outside the IaC, now in it', '');
    for (const { module } of outcome.codified) {
      out.push(
        `- ${code(`${module.resourceType} ${module.resourceId}`)} → ${code(`${module.stack}/codified/${module.constructId}`)} in ${code(`${options.codeDir}/${codifiedFile(module)}`)} (${module.placement}); imported as ${module.resources.map((r) => `${code(r.terraformType)} ${code(r.importId)}`).join(', ')}`,
        ...module.notCodified.map((n) => `  - not in the code: ${n}`),
      );
    }
    const objections = outcome.guard.filter((g) => !g.suppressed);
    out.push(
      '',
      objections.length === 0
        ? 'Guard has no objection to the codified resources.'
        : `Guard objects to the codified resources as they are live (synthesis stops on an error until it is fixed or suppressed with its reason):`,
      ...objections.map(
        (g) => `- ${g.severity} ${g.ruleId} ${code(g.constructPath)}: ${g.message}. Fix: ${g.fix}`,
      ),
    );
  }

  if (outcome.refused.length > 0) {
    out.push('', '### Could not be done', '');
    for (const r of outcome.refused)
      out.push(`- ${r.decision} ${code(resourceLabel(r.finding))}: ${r.reason}`);
  }

  out.push(
    '',
    '### Next',
    '',
    '1. Review the changes, then synthesize and scan: `npm run synth && npm run --silent guard -- scan cdktf.out`.',
    '2. `terraform plan` of each changed stack shows the imports; for codified resources also the tags the app stamps on',
    '   every resource (`iac:stack`, `iac:address`, default tags). Any other change means the code does not say yet what',
    '   is live: fix the code before applying.',
    '3. Check again: the accepted, tolerated and codified findings are IN_SYNC or gone; reverted ones after the apply.',
    '',
  );
  return out.join('\n');
}
