// `npm start`: synthesizes every stack into cdktf.out and prints what was written.
import { App } from 'cdktf';
import { resolve } from 'node:path';
import { buildPlatform } from './app';
import { backendKindFromEnv } from './backend';
import { formatStackTable, summarizeStacks } from './stack-summary';

const outdir = resolve(process.env.CDKTF_OUTDIR ?? 'cdktf.out');
const started = Date.now();
const app = new App({ outdir });
buildPlatform(app, { backend: backendKindFromEnv() });
app.synth();
const stacks = summarizeStacks(outdir);
console.log(`Synthesized ${stacks.length} stack(s) to ${outdir} in ${Date.now() - started} ms\n`);
console.log(formatStackTable(stacks));
