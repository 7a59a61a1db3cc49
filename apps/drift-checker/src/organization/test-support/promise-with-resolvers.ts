// aws-local-stepfunctions 3 declares Node 22 and uses one builtin Node 20 lacks, Promise.withResolvers (ES2024);
// the workspace's tests run on Node 20.11+. Adds it, with the standard's behaviour, only where it is missing.
const promise = Promise as unknown as { withResolvers?: unknown };
promise.withResolvers ??= function withResolvers<T>() {
  let resolve!: (value: T | PromiseLike<T>) => void;
  let reject!: (reason?: unknown) => void;
  const p = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise: p, resolve, reject };
};

export {};
