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
