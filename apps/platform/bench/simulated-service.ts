// A client of an AWS service answered in-process (aws-sdk-client-mock), with its calls counted by operation.
import type { AwsStub } from 'aws-sdk-client-mock';

export interface SimulatedService<C> {
  readonly client: C;
  /** The calls made so far, by operation name. */
  calls(): Map<string, number>;
}

/** Placeholder credentials: the simulated services accept any, and the SDK must not look for real ones. */
export const SIMULATED_CREDENTIALS = { accessKeyId: 'simulated', secretAccessKey: 'simulated' };

/** The calls a mocked client received, by operation (the command's class name without `Command`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the stub's input and output types differ per client
export function callsOf(mock: AwsStub<any, any, any>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of mock.calls()) {
    const name = (call.args[0] as object).constructor.name.replace(/Command$/, '');
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

/** Counts of several services added up. */
export function addCalls(into: Map<string, number>, from: Map<string, number>): void {
  for (const [op, n] of from) into.set(op, (into.get(op) ?? 0) + n);
}
