import {
  GuardFinding,
  GuardInputError,
  formatJson,
  formatSarif,
  formatText,
  isFailing,
  scanTerraform,
} from '@groundwork/guard';
import { resolve } from 'node:path';
import { CommandIo, EXIT, UsageError } from '../command';
import { writeOutputFile } from '../write-output';
import { loadInputs } from './load-inputs';
import { ScanOptions } from './options';

/** `groundwork guard scan`: loads the inputs, scans each, writes one report and returns the exit code. */
export function runScan(options: ScanOptions, io: CommandIo): number {
  if (options.paths.length === 0) {
    throw new UsageError(
      'scan needs at least one input: a cdktf output directory (cdktf.out) or *.tf.json files',
    );
  }
  const inputs = loadInputs(options.paths, io.cwd);
  const findings: GuardFinding[] = [];
  for (const input of inputs) {
    try {
      findings.push(
        ...scanTerraform(input.json, { stack: input.stack, file: input.file, sourceText: input.text }),
      );
    } catch (err) {
      if (err instanceof GuardInputError) {
        throw new UsageError(`${input.file}: field "${err.field}": ${err.message}. Is this Terraform JSON?`);
      }
      throw err;
    }
  }
  const stacks = inputs.map((i) => ({ stack: i.stack, file: i.file }));
  const report =
    options.format === 'json'
      ? formatJson(findings, stacks)
      : options.format === 'sarif'
        ? formatSarif(findings)
        : formatText(findings, stacks);
  if (options.output !== undefined) {
    writeOutputFile(resolve(io.cwd, options.output), report);
  } else {
    io.stdout.write(report);
  }
  return isFailing(findings, options.strict) ? EXIT.findings : EXIT.ok;
}
