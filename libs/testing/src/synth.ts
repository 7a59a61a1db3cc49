import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { AwsProvider, AwsProviderConfig } from '@cdktf/provider-aws/lib/provider';
import { SynthesizedStack, TerraformJson } from './synthesized-stack';

// Testing.app() makes a temp dir per call unless given an outdir: share one per process and remove it on exit.
let sharedOutdir: string | undefined;
function testOutdir(): string {
  if (!sharedOutdir) {
    const dir = mkdtempSync(join(tmpdir(), 'groundwork-synth-'));
    sharedOutdir = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return sharedOutdir;
}

/** A cdktf App for tests whose output goes to a per-process temp dir that is removed on exit. */
export function testApp(): App {
  return Testing.app({ outdir: testOutdir() });
}

export interface SynthOptions {
  /** Provider settings for the throwaway stack. @default { region: 'us-east-1' } */
  readonly provider?: AwsProviderConfig;
  /** Run cdktf's construct validations during synth. @default true */
  readonly runValidations?: boolean;
}

/**
 * Builds constructs in a throwaway stack that already has an AWS provider and returns its Terraform JSON.
 * The JSON is what `Testing.synth` gives: no backend block, so it is stable for snapshots.
 */
export function synthConstruct(
  build: (stack: TerraformStack) => void,
  options: SynthOptions = {},
): SynthesizedStack {
  const stack = new TerraformStack(testApp(), 'test');
  new AwsProvider(stack, 'aws', options.provider ?? { region: 'us-east-1' });
  build(stack);
  return synthStack(stack, options.runValidations ?? true);
}

/** Synthesizes an existing stack (for app-level tests that build their own stacks). */
export function synthStack(stack: TerraformStack, runValidations = true): SynthesizedStack {
  return new SynthesizedStack(JSON.parse(Testing.synth(stack, runValidations)) as TerraformJson);
}

/**
 * Synthesizes a whole app (cross-stack references resolved into `terraform_remote_state` data sources and outputs)
 * and returns every stack by name. The app must write to a throwaway outdir, like `testApp()`'s.
 */
export function synthApp(app: App): Record<string, SynthesizedStack> {
  app.synth();
  const manifest = JSON.parse(readFileSync(join(app.outdir, 'manifest.json'), 'utf8')) as {
    stacks: Record<string, { name: string; synthesizedStackPath: string }>;
  };
  const stacks: Record<string, SynthesizedStack> = {};
  for (const s of Object.values(manifest.stacks)) {
    const json = JSON.parse(readFileSync(join(app.outdir, s.synthesizedStackPath), 'utf8')) as TerraformJson;
    stacks[s.name] = new SynthesizedStack(json);
  }
  return stacks;
}
