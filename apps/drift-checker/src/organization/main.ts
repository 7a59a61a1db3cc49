// The organization sweep's Lambda entry points (bundled as organization/main.js): `plan`, `shard` and `reduce`, the
// three task states of the OrganizationDriftChecker's state machine (a shard reads AWS Config's types through the
// organization aggregator, the other sources' types in the member account through its read role), and `deliver`,
// which the organization Config rule invokes in each member account and region to put that account's changed
// evaluations. AWS errors are thrown after the SDK's own retries, named as the SDK names them, so the state machine's
// Retry backs off on throttling.
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { S3Client } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { STSClient } from '@aws-sdk/client-sts';
import { ADAPTED_TYPES_BY_SOURCE, ADAPTERS, parseIac, parseStates } from '@groundwork/drift';
import { S3IacSource } from '../iac-source';
import { AggregatorReads } from './aws/aggregator';
import { MemberRoleCredentials, sweepSessionName } from './aws/member-credentials';
import { AssumedRoleMemberEvaluations } from './aws/member-evaluations';
import { MemberReads } from './aws/member-reads';
import { SWEPT_MEMBER_READ_TYPES } from './member-read-types';
import { PendingEvaluations } from './pending-evaluations';
import { S3SweepStore } from './aws/s3-sweep-store';
import { readSweepSettings, type SweepSettings } from './aws/sweep-settings';
import { deliverPendingEvaluations, deliveryTargetOf, type DeliveryOutput } from './evaluation-delivery';
import { OrganizationIac } from './organization-iac';
import { planSweep, type PlannerInput, type PlannerOutput } from './sweep-planner';
import { reduceSweep, type ReducerInput, type ReducerOutput } from './sweep-reducer';
import { runShard, type ShardInput } from './sweep-shard';
import { shardSource } from './sweep-shard-plan';
import type { ShardOutput } from './shard-result';

const retry = { maxAttempts: 4, retryMode: 'standard' } as const;
const s3 = new S3Client(retry);
const config = new ConfigServiceClient(retry);

/** The Config types the engine compares, split into those recorded once per account and those per region. */
const configTypes = ADAPTED_TYPES_BY_SOURCE.config;
const globalTypes = new Set(
  ADAPTERS.filter((a) => a.global && (a.source ?? 'config') === 'config').map((a) => a.configType),
);

export async function plan(event: PlannerInput): Promise<PlannerOutput> {
  const settings = readSweepSettings(process.env, 'planner');
  return planSweep(
    event,
    {
      bucket: settings.sweepBucket,
      regions: settings.regions,
      globalTypes: configTypes.filter((t) => globalTypes.has(t)),
      regionalTypes: configTypes.filter((t) => !globalTypes.has(t)),
      maxItemsPerShard: settings.maxItemsPerShard,
      memberReadTypes: SWEPT_MEMBER_READ_TYPES,
    },
    {
      directory: new AggregatorReads(config, settings.aggregatorName),
      store: new S3SweepStore(s3, settings.sweepBucket),
      stackAccounts: async () => (await organizationIac(settings).checks()).accounts(),
    },
  );
}

let iacSource: S3IacSource<OrganizationIac> | undefined;

/** The organization's IaC, parsed once per instance and re-checked by ETag: shards of one sweep share it. */
function organizationIac(settings: SweepSettings): S3IacSource<OrganizationIac> {
  iacSource ??= new S3IacSource(s3, {
    iacBucket: settings.iacBucket,
    iacPrefix: settings.iacPrefix,
    stateBucket: settings.stateBucket,
    statePrefix: settings.statePrefix,
    cacheTtlSeconds: 300,
    build: (iac, states) => {
      const desired = parseIac(iac);
      return new OrganizationIac(desired, states.length ? parseStates(states, desired) : undefined);
    },
    warn: (message, details) => console.warn(JSON.stringify({ level: 'WARN', message, ...details })),
  });
  return iacSource;
}
/** The member accounts' read-role credentials, kept for the instance's life: its next shards reuse them. */
let memberRoles: MemberRoleCredentials | undefined;

export async function shard(event: ShardInput): Promise<ShardOutput> {
  const settings = readSweepSettings(process.env, 'shard');
  const iac = organizationIac(settings);
  memberRoles ??= new MemberRoleCredentials(new STSClient(retry), {
    partition: settings.partition,
    roleName: settings.memberReadRoleName,
  });
  const store = new S3SweepStore(s3, settings.sweepBucket);
  return runShard(event, {
    iac: () => iac.checks(),
    reader:
      shardSource(event.shard) === 'config'
        ? new AggregatorReads(config, settings.aggregatorName)
        : new MemberReads(memberRoles, sweepSessionName(event.sweepId)),
    store,
    evaluations: new PendingEvaluations(store, event.sweepId, event.shard.id),
  });
}

export async function reduce(event: ReducerInput): Promise<ReducerOutput> {
  const settings = readSweepSettings(process.env, 'reducer');
  const sns = new SNSClient(retry);
  return reduceSweep(event, {
    store: new S3SweepStore(s3, settings.sweepBucket),
    notifier: {
      publish: async (subject, message) => {
        await sns.send(
          new PublishCommand({ TopicArn: settings.topicArn, Subject: subject, Message: message }),
        );
      },
    },
  });
}

export async function deliver(event: unknown): Promise<DeliveryOutput> {
  const settings = readSweepSettings(process.env, 'deliver');
  const output = await deliverPendingEvaluations(deliveryTargetOf(event), {
    store: new S3SweepStore(s3, settings.sweepBucket),
    members: new AssumedRoleMemberEvaluations(new STSClient(retry), settings.memberDeliveryRoleName),
    globalRegion: settings.globalRegion,
  });
  console.log(JSON.stringify({ level: 'INFO', message: 'evaluations delivered', ...output }));
  return output;
}
