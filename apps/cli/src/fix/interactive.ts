// The choice per finding on a terminal: each drifted finding shown with its differences and who changed it, then
// one question, with only the choices its status allows.
import {
  actorName,
  formatEventTime,
  formatValue,
  isDrift,
  resourceLabel,
  VIA_LABEL,
  type ResourceResult,
} from '@groundwork/drift';
import { createInterface } from 'node:readline';
import { choicesFor, type Decision } from './decisions';

/** A question and its answer (null once the input is closed); tests answer from a script. */
export interface Prompt {
  ask(question: string): Promise<string | null>;
  close(): void;
}

/** Questions on `output`, answers from `input` (the terminal's stdin). */
export function readlinePrompt(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Prompt {
  const rl = createInterface({ input, output, terminal: false });
  const lines: string[] = [];
  const waiting: ((line: string | null) => void)[] = [];
  let closed = false;
  rl.on('line', (line) => {
    const next = waiting.shift();
    if (next) next(line);
    else lines.push(line);
  });
  rl.on('close', () => {
    closed = true;
    for (const w of waiting.splice(0)) w(null);
  });
  return {
    ask(question) {
      output.write(question);
      const line = lines.shift();
      if (line !== undefined) return Promise.resolve(line);
      if (closed) return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}

const CHOICE: Readonly<Record<Decision, { key: string; text: string }>> = {
  revert: { key: 'r', text: 'revert    put AWS back to the IaC (terraform plan -target, then apply)' },
  accept: { key: 'a', text: 'accept    make the IaC say what is live (a generated module)' },
  tolerate: { key: 't', text: 'tolerate  a .driftignore rule with an expiry date and a reason' },
  codify: { key: 'c', text: 'codify    write cdktf code for it, imported from its live id' },
};

/** The finding as the question shows it. */
export function findingLines(f: ResourceResult): string[] {
  const lines = [
    `${f.status} ${resourceLabel(f)}${f.constructPath ? ` (${f.constructPath})` : ''}` +
      (f.address && f.resourceId ? ` [${f.resourceType ?? 'id'} ${f.resourceId}]` : ''),
  ];
  for (const d of f.differences)
    lines.push(
      `    ${{ NOT_EQUAL: '~', ADD: '+', REMOVE: '-' }[d.type]} ${d.path}: ${formatValue(d.expected)} → ${formatValue(d.actual)}`,
    );
  if (f.reason) lines.push(`    ${f.reason}`);
  for (const e of f.changedBy ?? [])
    lines.push(
      `    changed by ${actorName(e)} via ${VIA_LABEL[e.via]}, ${formatEventTime(e.eventTime)}: ${e.eventName}`,
    );
  return lines;
}

export interface InteractiveChoice {
  readonly decision: Decision;
  /** For tolerate: the reason given at the prompt. */
  readonly reason?: string;
}

/** Asks about each drifted finding in turn; an empty answer skips it. */
export async function decideInteractively(
  findings: readonly ResourceResult[],
  prompt: Prompt,
  write: (text: string) => void,
  defaultReason: string | undefined,
): Promise<Map<ResourceResult, InteractiveChoice>> {
  const drifted = findings.filter(isDrift);
  const chosen = new Map<ResourceResult, InteractiveChoice>();
  write(
    `${drifted.length} drifted finding${drifted.length === 1 ? '' : 's'}. For each, choose what to do (Enter skips).\n`,
  );
  for (const [i, f] of drifted.entries()) {
    const choices = choicesFor(f);
    write(`\n[${i + 1}/${drifted.length}] ${findingLines(f).join('\n')}\n`);
    for (const c of choices) write(`  ${CHOICE[c].key}) ${CHOICE[c].text}\n`);
    write('  s) skip\n');
    const keys = [...choices.map((c) => CHOICE[c].key), 's'];
    let decision: Decision | undefined;
    for (;;) {
      const raw = await prompt.ask(`  choice [${keys.join('/')}]: `);
      if (raw === null) {
        write('\n(input closed: the remaining findings are skipped)\n');
        return chosen;
      }
      const answer = raw.trim().toLowerCase();
      if (answer === '' || answer === 's') break;
      decision = choices.find((c) => CHOICE[c].key === answer[0]);
      if (decision) break;
      write(`  "${answer}" is not one of ${keys.join(', ')}\n`);
    }
    if (!decision) continue;
    if (decision !== 'tolerate') {
      chosen.set(f, { decision });
      continue;
    }
    let reason: string | null = defaultReason ?? '';
    while (reason !== null && reason.trim() === '')
      reason = await prompt.ask('  why is this drift tolerated? ');
    if (reason === null) return chosen;
    chosen.set(f, { decision, reason: reason.trim() });
  }
  return chosen;
}
