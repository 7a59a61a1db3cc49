import type { ConfigServiceClient } from '@aws-sdk/client-config-service';
import type { LiveReadClients } from '@groundwork/aws-read';
import {
  ADAPTED_RESOURCE_TYPES,
  DriftEngine,
  DriftInputError,
  DriftReport,
  type DesiredModel,
  fallbackReads,
  inventoryEnvelope,
  isDrift,
  type InventoryEnvelope,
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
  type Inventory,
  type LiveContext,
} from '@groundwork/drift';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { CommandIo, EXIT, UsageError } from '../command';
import { writeOutputFile } from '../write-output';
import { ChangedByDeps, withChangedBy } from './changed-by';
import type { CheckOptions, LiveOption } from './check-options';
import { formatCount, Progress } from './progress';
import { readDeliveredFile } from './read-delivered-file';
import { unadaptedItemsNote } from './unadapted-items';
import { synthLocator } from './synth-locator';

/** What a test replaces: the AWS clients (CloudTrail's among them), and the account they are called in. */
export interface DriftCheckDeps extends ChangedByDeps {
  readonly configClient?: (region: string | undefined) => ConfigServiceClient;
  readonly liveClients?: (region: string) => LiveReadClients;
  readonly callerAccount?: () => Promise<string>;
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
    for (const rule of ignore?.expired ?? [])
      io.stderr.write(
        `groundwork drift: warning: ${opts.ignore}: line ${rule.line}: "${rule.rule}" expired on ${rule.expires}` +
          `${rule.reason ? ` (${rule.reason})` : ''}; the drift it tolerated is reported again. Renew or remove it.\n`,
      );

    const live = await readLive(opts, desired, progress, io, deps);
    progress.observe(live.items.length);
    progress.report(`comparing ${formatCount(live.items.length)} live items with the IaC`);

    const engine = new DriftEngine(desired, state, {
      strict: opts.strict,
      stacks: opts.stacks.length > 0 ? [...opts.stacks] : undefined,
      ignore,
    });
    const report = await withChangedBy(
      engine.check(live.items, live.inventories),
      live.items,
      opts.changes,
      (message) => io.stderr.write(`groundwork drift: warning: ${message}\n`),
      deps,
    );
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

/** The live items and the complete inventories among them. */
interface LiveRead {
  readonly items: ConfigItem[];
  readonly inventories: Inventory[];
}

/** One --snapshot file: any accepted form; what it needs fetched first is an error that says how. */
function readLiveFile(file: string, context: LiveContext): LiveRead {
  const content = readDeliveredFile(file);
  let json: unknown;
  try {
    json = JSON.parse(content);
  } catch (err) {
    throw new DriftInputError(
      file,
      '',
      'valid JSON (a Config snapshot, items, an event, a Cloud Control or IAM output, or a groundworkInventory)',
      (err as Error).message,
    );
  }
  return readLiveJson(json, file, context);
}

/** Live JSON in any accepted form; what it needs fetched first is an error that says how. */
function readLiveJson(json: unknown, file: string, context: LiveContext): LiveRead {
  const input = parseLive(json, file, context);
  if (input.oversized.length > 0) {
    const first = input.oversized[0];
    throw new DriftInputError(
      file,
      '',
      `full configuration items, but ${input.oversized.length} are oversized summaries (first: ${first.resourceType} ${first.resourceId}); ${
        first.delivered ? `give the full notification AWS Config delivered (${first.delivered}), or ` : ''
      }fetch them with GetResourceConfigHistory, or use --from-config`,
    );
  }
  const skipped = input.skipped?.[0];
  if (input.items.length === 0 && input.inventories.length === 0 && skipped) {
    throw new DriftInputError(
      file,
      skipped.path,
      `configuration items, but AWS Config's ${skipped.messageType} message carries none${
        skipped.delivered ? `; give the file it announces (${skipped.delivered})` : ''
      }, or use --from-config`,
    );
  }
  if (input.items.length === 0 && input.scheduled) {
    throw new DriftInputError(
      file,
      '',
      'configuration items, but a ScheduledNotification carries none; use --from-config to read the account',
    );
  }
  return input;
}

/** Every --snapshot file, read together: one input, as if one file held them all. */
function readLiveFiles(live: Extract<LiveOption, { kind: 'snapshot' }>, io: CommandIo): LiveRead {
  const context: LiveContext = {
    ...(live.account !== undefined && { accountId: live.account }),
    ...(live.region !== undefined && { region: live.region }),
  };
  let items: ConfigItem[] = [];
  let inventories: Inventory[] = [];
  for (const file of live.files) {
    const input = readLiveFile(file, context);
    const unplaced = input.inventories.some((i) => i.accountId === null);
    if (unplaced && live.account === undefined)
      io.stderr.write(
        `groundwork drift: warning: ${file} lists resources in full but names no account (a Cloud Control listing without ARNs, an inventory without accountId); it counts as the one account in scope only if there is exactly one. Give --account to say which.\n`,
      );
    items = items.concat(input.items);
    inventories = inventories.concat(input.inventories);
  }
  const note = unadaptedItemsNote(items);
  if (note) io.stderr.write(`groundwork drift: note: ${note}.\n`);
  return { items, inventories };
}

async function readLive(
  opts: CheckOptions,
  desired: DesiredModel,
  progress: Progress,
  io: CommandIo,
  deps: DriftCheckDeps,
): Promise<LiveRead> {
  const live = opts.live;
  if (live.kind === 'snapshot') return readLiveFiles(live, io);

  // The SDK loads only in live mode: snapshot runs start faster without it.
  const envelopes = await (live.kind === 'live'
    ? readAllSources(live, desired, progress, io, deps)
    : readConfigOnly(live, progress, deps));
  if (live.save) {
    writeOutputFile(live.save, `${JSON.stringify(envelopes, null, 2)}\n`, '--save');
    progress.report(`saved what was read to ${live.save} (use it as --snapshot)`);
  }
  return readLiveJson(envelopes, 'the AWS APIs', {});
}

type ApiOption = Extract<LiveOption, { kind: 'config' | 'live' }>;

/** The region the AWS CLI would call: --region, else AWS_REGION / AWS_DEFAULT_REGION (the profile's is the SDK's). */
function regionOf(live: ApiOption): string | undefined {
  return live.region ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION;
}

/** AWS Config's items of the adapted types (`--from-config`), as one declared inventory of what it records. */
async function readConfigOnly(
  live: ApiOption,
  progress: Progress,
  deps: DriftCheckDeps,
): Promise<InventoryEnvelope[]> {
  const [{ ConfigServiceClient }, { adaptiveRetry, readConfigItems }] = await Promise.all([
    import('@aws-sdk/client-config-service'),
    import('@groundwork/aws-read'),
  ]);
  const region = regionOf(live);
  const client =
    deps.configClient?.(region) ??
    new ConfigServiceClient({ region, profile: live.profile, ...adaptiveRetry(MAX_ATTEMPTS) });
  const source = live.aggregator
    ? `AWS Config aggregator ${live.aggregator}`
    : `AWS Config${region ? ` (${region})` : ''}`;
  try {
    const items = await readConfigItems(client, {
      resourceTypes: ADAPTED_RESOURCE_TYPES,
      aggregator: live.aggregator,
      onProgress: (fetched, total) => {
        progress.observe(total ?? fetched);
        progress.report(
          `fetched ${formatCount(fetched)}${total ? ` of ${formatCount(total)}` : ''} items from ${source}`,
        );
      },
    });
    // The recorder's listing: complete for every type it has items of, in each account and region they name.
    return [
      inventoryEnvelope(
        { source: 'config', accountId: null, region: null, resourceTypes: 'all-recorded' },
        items,
      ),
    ];
  } catch (err) {
    throw new UsageError(`reading ${source} failed: ${describeAwsError(err)}`);
  }
}

/** Every live source (`--live`): AWS Config, Cloud Control and the direct reads, in the caller's account. */
async function readAllSources(
  live: ApiOption,
  desired: DesiredModel,
  progress: Progress,
  io: CommandIo,
  deps: DriftCheckDeps,
): Promise<InventoryEnvelope[]> {
  const region = regionOf(live);
  if (!region)
    throw new UsageError(
      '--live needs a region: give --region, or set AWS_REGION (Cloud Control and AWS Config are regional).',
    );
  const aws = await import('@groundwork/aws-read');
  const clients = deps.liveClients?.(region) ?? (await sdkClients(region, live.profile));
  let accountId: string;
  try {
    accountId = await (deps.callerAccount?.() ?? callerAccount(region, live.profile));
    const read = await aws.readLiveSources({
      clients,
      region,
      accountId,
      aggregator: live.aggregator,
      onProgress: (source, fetched, total) => {
        progress.observe(total ?? fetched);
        progress.report(
          `read ${formatCount(fetched)}${total ? ` of ${formatCount(total)}` : ''} ${SOURCE_NAMES[source]} resources in ${accountId} ${region}`,
        );
      },
    });
    // Types with a fallback source, where the IaC puts them and AWS Config does not record them (EventBridge rules
    // in us-east-1 beside a recorder in the home region only): read through Cloud Control there.
    const fallback = clients.configFor
      ? await aws.readFallbacks({
          reads: fallbackReads(desired).filter((r) => r.account === null || r.account === accountId),
          accountId,
          configFor: clients.configFor,
          cloudControlFor: clients.cloudControlFor,
        })
      : { envelopes: [], incomplete: [] };
    for (const { resourceType, reason } of [...read.incomplete, ...fallback.incomplete])
      io.stderr.write(
        `groundwork drift: warning: ${resourceType} not read in full (${reason}); resources of it missing from the account are NOT_CHECKED, not DELETED.\n`,
      );
    return [...read.envelopes, ...fallback.envelopes];
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`reading account resources in ${region} failed: ${describeAwsError(err)}`);
  }
}

const SOURCE_NAMES = {
  config: 'AWS Config',
  cloudcontrol: 'Cloud Control',
  direct: 'directly read',
} as const;

/** The SDK clients of every live source, with adaptive retry, as the AWS CLI would be configured. */
async function sdkClients(region: string, profile: string | undefined): Promise<LiveReadClients> {
  const [cc, cfg, iam, orgs, { adaptiveRetry, ORGANIZATIONS_REGION }] = await Promise.all([
    import('@aws-sdk/client-cloudcontrol'),
    import('@aws-sdk/client-config-service'),
    import('@aws-sdk/client-iam'),
    import('@aws-sdk/client-organizations'),
    import('@groundwork/aws-read'),
  ]);
  const settings = { profile, ...adaptiveRetry(MAX_ATTEMPTS) };
  const cloudControl = new Map<string, InstanceType<typeof cc.CloudControlClient>>();
  const config = new Map<string, InstanceType<typeof cfg.ConfigServiceClient>>();
  const configFor = (at: string) => {
    let client = config.get(at);
    if (!client) config.set(at, (client = new cfg.ConfigServiceClient({ ...settings, region: at })));
    return client;
  };
  return {
    config: configFor(region),
    configFor,
    cloudControlFor: (at) => {
      let client = cloudControl.get(at);
      if (!client) cloudControl.set(at, (client = new cc.CloudControlClient({ ...settings, region: at })));
      return client;
    },
    iam: new iam.IAMClient({ ...settings, region }),
    organizations: new orgs.OrganizationsClient({ ...settings, region: ORGANIZATIONS_REGION }),
  };
}

/** The account the credentials are of (STS GetCallerIdentity: needs no permission). */
async function callerAccount(region: string, profile: string | undefined): Promise<string> {
  const { STSClient, GetCallerIdentityCommand } = await import('@aws-sdk/client-sts');
  const identity = await new STSClient({ region, profile }).send(new GetCallerIdentityCommand({}));
  if (!identity.Account) throw new Error('STS GetCallerIdentity returned no account');
  return identity.Account;
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
      return renderMarkdown(report, { groupBy: opts.groupBy });
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
      return renderText(report, {
        color: !opts.output && io.stdout.isTTY === true && !noColor,
        groupBy: opts.groupBy,
      });
    }
  }
}

/**
 * When the report was made: now, or `SOURCE_DATE_EPOCH` (seconds since 1970) when set, so that the same inputs can
 * give the same file (https://reproducible-builds.org/specs/source-date-epoch/).
 */
export function reportTime(env: NodeJS.ProcessEnv): string {
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === '') return new Date().toISOString();
  if (!/^\d+$/.test(epoch) || !Number.isSafeInteger(Number(epoch) * 1000))
    throw new UsageError(`SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got "${epoch}".`);
  return new Date(Number(epoch) * 1000).toISOString();
}
