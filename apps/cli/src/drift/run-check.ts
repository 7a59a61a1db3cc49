import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import {
  ADAPTED_RESOURCE_TYPES,
  DriftEngine,
  DriftInputError,
  DriftReport,
  fromApiItem,
  isDrift,
  loadIacDir,
  loadStateDir,
  parseDriftIgnore,
  parseLive,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderText,
  type ConfigItem,
} from '@groundwork/drift';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CommandIo, EXIT, UsageError } from '../command';
import { writeOutputFile } from '../write-output';
import type { CheckOptions } from './check-options';
import { formatCount, Progress } from './progress';
import { synthLocator } from './synth-locator';

/** What a test replaces: the AWS Config client. */
export interface DriftCheckDeps {
  readonly configClient?: (region: string | undefined) => ConfigServiceClient;
}

/** Attempts per AWS call, the first included: a pipeline would rather wait for a throttled account than fail. */
const MAX_ATTEMPTS = 8;

/** Runs one `groundwork drift check`; returns 0 (no drift), 1 (drift) or throws a UsageError (exit 2). */
export async function runDriftCheck(
  opts: CheckOptions,
  io: CommandIo,
  deps: DriftCheckDeps = {},
): Promise<number> {
  const progress = new Progress(io.stderr);
  try {
    const desired = loadIacDir(opts.iac);
    const resourceCount = desired.stacks.reduce((n, s) => n + s.resources.length, 0);
    progress.observe(resourceCount);
    progress.report(
      `read ${formatCount(resourceCount)} resources in ${desired.stacks.length} stacks from ${opts.iac}`,
    );

    const known = desired.stacks.map((s) => s.name);
    for (const stack of opts.stacks) {
      if (!known.includes(stack)) {
        throw new UsageError(
          `--stack ${stack}: no such stack in ${opts.iac}; its stacks are: ${known.join(', ') || '(none)'}.`,
        );
      }
    }

    const state = opts.state ? loadStateDir(opts.state, desired) : undefined;
    for (const file of state?.unmatchedFiles ?? [])
      io.stderr.write(
        `groundwork drift: warning: ${file} matches no stack by name (<stack>.tfstate) nor, unambiguously, by its addresses; it is not used. Name it after its stack.\n`,
      );
    const ignore = opts.ignore
      ? parseDriftIgnore({ path: opts.ignore, content: readFileSync(opts.ignore, 'utf8') })
      : undefined;

    const items = await readLive(opts, progress, deps);
    progress.observe(items.length);
    progress.report(`comparing ${formatCount(items.length)} configuration items with the IaC`);

    const engine = new DriftEngine(desired, state, {
      strict: opts.strict,
      stacks: opts.stacks.length > 0 ? [...opts.stacks] : undefined,
      ignore,
    });
    const report = engine.check(items);
    progress.report(
      `compared: ${formatCount(report.summary.total)} results; writing the ${opts.format} report`,
    );

    const rendered = render(report, opts, io, desired);
    if (opts.output) writeOutputFile(opts.output, rendered);
    else io.stdout.write(rendered);
    return report.resources.some(isDrift) ? EXIT.findings : EXIT.ok;
  } catch (err) {
    if (err instanceof DriftInputError) throw new UsageError(err.message);
    throw err;
  }
}

async function readLive(opts: CheckOptions, progress: Progress, deps: DriftCheckDeps): Promise<ConfigItem[]> {
  const live = opts.live;
  if (live.kind === 'snapshot') {
    const content = readFileSync(live.file, 'utf8');
    let json: unknown;
    try {
      json = JSON.parse(content);
    } catch (err) {
      throw new DriftInputError(
        live.file,
        '',
        'valid JSON (a Config snapshot, an array of items or a Config event)',
        (err as Error).message,
      );
    }
    const input = parseLive(json, live.file);
    if (input.oversized.length > 0) {
      const first = input.oversized[0];
      throw new DriftInputError(
        live.file,
        '',
        `full configuration items, but ${input.oversized.length} are oversized summaries (first: ${first.resourceType} ${first.resourceId}); fetch them with GetResourceConfigHistory, or use --from-config`,
      );
    }
    if (input.items.length === 0 && input.scheduled) {
      throw new DriftInputError(
        live.file,
        '',
        'configuration items, but a ScheduledNotification carries none; use --from-config to read the account',
      );
    }
    return input.items;
  }

  // The SDK loads only in live mode: snapshot runs start faster without it.
  const [{ ConfigServiceClient }, { adaptiveRetry, readConfigItems }] = await Promise.all([
    import('@aws-sdk/client-config-service'),
    import('@groundwork/aws-read'),
  ]);
  const region = live.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
  const client =
    deps.configClient?.(region) ?? new ConfigServiceClient({ region, ...adaptiveRetry(MAX_ATTEMPTS) });
  const source = live.aggregator
    ? `AWS Config aggregator ${live.aggregator}`
    : `AWS Config${region ? ` (${region})` : ''}`;
  let raw: Record<string, unknown>[];
  try {
    raw = await readConfigItems(client, {
      resourceTypes: ADAPTED_RESOURCE_TYPES,
      aggregator: live.aggregator,
      onProgress: (fetched, total) => {
        progress.observe(total ?? fetched);
        progress.report(
          `fetched ${formatCount(fetched)}${total ? ` of ${formatCount(total)}` : ''} items from ${source}`,
        );
      },
    });
  } catch (err) {
    throw new UsageError(`reading ${source} failed: ${describeAwsError(err)}`);
  }
  return raw.map((item, i) => fromApiItem(item, `${source} item ${i}`));
}

/** `Name: message`, and how many attempts the SDK made when it retried. */
function describeAwsError(err: unknown): string {
  const e = err as Error & { $metadata?: { attempts?: number } };
  const attempts = e.$metadata?.attempts ?? 1;
  return `${e.name}: ${e.message}${attempts > 1 ? ` (after ${attempts} attempts)` : ''}`;
}

function render(
  report: DriftReport,
  opts: CheckOptions,
  io: CommandIo,
  desired: Parameters<typeof synthLocator>[0],
): string {
  switch (opts.format) {
    case 'json':
      return renderJson(report);
    case 'markdown':
      return renderMarkdown(report);
    case 'html':
      return renderHtml(report, { generatedAt: reportTime(io.env) });
    case 'sarif':
      return `${JSON.stringify(
        renderSarif(report, {
          iacDir: relative(io.cwd, opts.iac) || '.',
          locate: synthLocator(desired, io.cwd),
        }),
        null,
        2,
      )}\n`;
    case 'text': {
      const noColor = io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '';
      return renderText(report, { color: !opts.output && io.stdout.isTTY === true && !noColor });
    }
  }
}

/**
 * When the report was made: now, or `SOURCE_DATE_EPOCH` (seconds since 1970) when set, so that the same inputs can
 * give the same file (https://reproducible-builds.org/specs/source-date-epoch/).
 */
function reportTime(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString();
  if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch) * 1000))
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch}".`);
  return new Date(Number(epoch) * 1000).toISOString();
}
