import {
  GuardFinding,
  GuardInputError,
  formatJson,
  formatSarif,
  formatText,
  isFailing,
  resourceLines,
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
      const found = input.files
        ? locateInFiles(scanTerraform(input.json, { stack: input.stack }), input.files)
        : scanTerraform(input.json, { stack: input.stack, file: input.file, sourceText: input.text });
      findings.push(...found);
    } catch (err) {
      if (err instanceof GuardInputError) {
        // In a module, the file at fault is the one the scanner refuses on its own.
        const culprit = input.files
          ?.map((f) => ({ file: f.file, error: inputError(f.text) ?? err }))
          .find((f) => f.error !== err);
        const { file, error } = culprit ?? { file: input.file, error: err };
        throw new UsageError(`${file}: field "${error.field}": ${error.message}. Is this Terraform JSON?`);
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

/** Gives each finding of a module the file and line of its resource block, from the file that declares it. */
function locateInFiles(
  findings: readonly GuardFinding[],
  files: readonly { readonly file: string; readonly text: string }[],
): GuardFinding[] {
  const lines = files.map((f) => ({ file: f.file, lines: resourceLines(f.text) }));
  return findings.map((finding) => {
    const blockAddress = finding.address.replace(/\[.*$/, '');
    const at = lines.find((f) => f.lines.has(blockAddress));
    return at ? { ...finding, file: at.file, line: at.lines.get(blockAddress) } : finding;
  });
}

/** The scanner's complaint about one file of a module on its own, if it has one. */
function inputError(text: string): GuardInputError | undefined {
  try {
    scanTerraform(JSON.parse(text), { rules: [] });
    return undefined;
  } catch (err) {
    if (err instanceof GuardInputError) return err;
    throw err;
  }
}
