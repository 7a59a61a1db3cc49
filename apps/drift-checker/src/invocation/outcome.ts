// What one invocation did, returned by the handler (and logged by Lambda).

export interface InvocationOutcome {
  /** `ignored`: malformed or unreadable input, logged and dropped. */
  readonly outcome: 'checked' | 'ignored';
  readonly reason: string | null;
  readonly itemsEvaluated: number;
  readonly drifted: number;
  readonly alertsSent: number;
  readonly alertsSuppressed: number;
  readonly evaluationsSent: number;
}

const NOTHING = { itemsEvaluated: 0, drifted: 0, alertsSent: 0, alertsSuppressed: 0, evaluationsSent: 0 };

/** Input that was dropped, and why. */
export function ignored(reason: string): InvocationOutcome {
  return { ...NOTHING, outcome: 'ignored', reason };
}

/** Checked, with the reason where no comparison settled it, and the counts of what was done. */
export function checked(
  reason: string | null,
  counts: Partial<Omit<InvocationOutcome, 'outcome' | 'reason'>>,
): InvocationOutcome {
  return { ...NOTHING, ...counts, outcome: 'checked', reason };
}

/**
 * The outcomes of one invocation's parts (the messages of an SNS or SQS batch, the resources a call changed) as one:
 * ignored only when every part was (or there were none), else checked with the counts summed.
 */
export function combined(outcomes: readonly InvocationOutcome[], noneReason: string): InvocationOutcome {
  const done = outcomes.filter((o) => o.outcome === 'checked');
  if (done.length === 0)
    return ignored(outcomes.length ? outcomes.map((o) => o.reason).join('; ') : noneReason);
  const sum = (key: keyof typeof NOTHING) => outcomes.reduce((n, o) => n + o[key], 0);
  return checked(done.find((o) => o.reason !== null)?.reason ?? null, {
    itemsEvaluated: sum('itemsEvaluated'),
    drifted: sum('drifted'),
    alertsSent: sum('alertsSent'),
    alertsSuppressed: sum('alertsSuppressed'),
    evaluationsSent: sum('evaluationsSent'),
  });
}
