// A full garbage collection on demand, for heap baselines: tsx may start the script in a process without
// --expose-gc, so the flag is set here and gc taken from a fresh context.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
export const fullGc = runInNewContext('gc') as () => void;
