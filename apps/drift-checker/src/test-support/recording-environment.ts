// An environment that records which variables were read from it: a settings reader run on it tells which names it
// asked for, so the contract tests can hold construct and handler to the same list.
import type { Environment } from '../environment';

export function recordingEnvironment(env: Record<string, string>): {
  readonly environment: Environment;
  readonly asked: Set<string>;
} {
  const asked = new Set<string>();
  const environment = new Proxy(env, {
    get(target, name) {
      if (typeof name === 'string') asked.add(name);
      return target[name as string];
    },
  }) as Environment;
  return { environment, asked };
}
