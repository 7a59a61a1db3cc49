import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AssetType, ITerraformDependable, TerraformProvider, Token } from 'cdktf';
import { requireWholeNumber } from '@groundwork/core';
import { Construct } from 'constructs';
import {
  ADAPTED_RESOURCE_TYPES,
  ADAPTED_TYPES_BY_SOURCE,
  CLOUD_CONTROL_READ_PERMISSIONS,
  DIRECT_READ_PERMISSIONS,
} from '@groundwork/drift';
import { CheckerAlarms } from './alarms';
import { CheckerAlerting } from './alerting';
import { checkerAccount } from './checker-account';
import { CheckerFunction } from './checker-function';
import { CheckerRole } from './checker-role';
import { ConfigDeliveries } from './config-deliveries';
import { CheckerConfigRule } from './config-rule';
import { CheckerEventRules } from './event-rules';
import { functionPolicyStatements } from './function-policy';
import { DriftCheckerRuntime, driftCheckerRuntime } from './lambda-runtime';

/** How often AWS Config runs the scheduled sweep. */
export type ConfigScheduleFrequency =
  'One_Hour' | 'Three_Hours' | 'Six_Hours' | 'Twelve_Hours' | 'TwentyFour_Hours';

/** Retention periods CloudWatch Logs accepts. */
export type LogRetentionDays =
  | 1
  | 3
  | 5
  | 7
  | 14
  | 30
  | 60
  | 90
  | 120
  | 150
  | 180
  | 365
  | 400
  | 545
  | 731
  | 1096
  | 1827
  | 2192
  | 2557
  | 2922
  | 3288
  | 3653;

export type DriftCheckerLogLevel = 'DEBUG' | 'INFO' | 'WARN' | 'ERROR';

export interface DriftCheckerProps {
  /**
   * Directory of the bundled handler (`npx nx build drift-checker` writes `dist/apps/drift-checker`); it must hold
   * `main.js`. It is zipped into a TerraformAsset at synth time (cdktf runs a zip process per stack). Give this or
   * `bundleZip`.
   * @default none: then `bundleZip` must be given
   */
  readonly bundleDir?: string;
  /**
   * The prebuilt deployment package (`dist/apps/drift-checker/lambda.zip`, written by the same build), copied as is:
   * faster to synthesize than `bundleDir`. Give this or `bundleDir`.
   * @default none: then `bundleDir` must be given
   */
  readonly bundleZip?: string;
  /** Bucket the deploy workflow publishes cdktf.out to. */
  readonly iacBucket: string;
  /** Key prefix of cdktf.out in that bucket. @default 'cdktf.out/' */
  readonly iacPrefix?: string;
  /** Bucket of the stacks' Terraform S3 backend. @default iacBucket */
  readonly stateBucket?: string;
  /**
   * Key prefix of the stacks' state objects (their S3 backend keys); the function may read nothing else there.
   * Required so the role never reads a whole bucket by accident; give '' only for a bucket that holds state alone.
   */
  readonly statePrefix: string;
  /** KMS keys the IaC and state objects are encrypted with (SSE-KMS): the role may decrypt through S3 only. @default [] */
  readonly bucketKmsKeyArns?: readonly string[];
  /** Email addresses subscribed to drift alerts (each must confirm). @default [] */
  readonly alertEmails?: readonly string[];
  /** HTTPS endpoints subscribed to drift alerts. @default [] */
  readonly alertHttpsEndpoints?: readonly string[];
  /** AWS Config types both triggers are scoped to, and that the sweep lists. @default ADAPTED_RESOURCE_TYPES of @groundwork/drift */
  readonly resourceTypes?: readonly string[];
  /**
   * Types the Config recorder records: a managed resource of such a type with no live item is DELETED in the sweep.
   * Give ADAPTED_RESOURCE_TYPES when the recorder records every supported type (ConfigRecorder does, global types
   * included when recordGlobalResources is set). Listing a type the recorder skips turns its resources DELETED.
   * @default [] (DELETED only where the sweep itself shows the type is recorded: other live items of that type)
   */
  readonly recordedResourceTypes?: readonly string[];
  /** How often the scheduled sweep runs. @default 'TwentyFour_Hours' */
  readonly scheduleFrequency?: ConfigScheduleFrequency;
  /** Prefix of every name (function, rule, topic, bus, queue, key alias). @default 'groundwork-drift' */
  readonly namePrefix?: string;
  /** @default 365 */
  readonly logRetentionDays?: LogRetentionDays;
  /** @default 512 */
  readonly memorySize?: number;
  /** Long enough for a sweep of the whole account. @default 300 */
  readonly timeoutSeconds?: number;
  /** How long a loaded IaC version is trusted before its ETags are checked again. @default 60 */
  readonly cacheTtlSeconds?: number;
  /** The same drift is not alerted twice within this window (per execution environment). @default 86400 */
  readonly dedupeWindowSeconds?: number;
  /** @default 'INFO' */
  readonly logLevel?: DriftCheckerLogLevel;
  /**
   * The bundle is built for Node 22 and runs unchanged on Node 24. Older runtimes are refused: Lambda no longer
   * creates or updates functions on them. @default 'nodejs22.x'
   */
  readonly runtime?: DriftCheckerRuntime;
  /** Resources the Config rule must wait for, typically the ConfigRecorder (a rule needs a recorder). @default [] */
  readonly dependsOn?: readonly ITerraformDependable[];
  /**
   * Types AWS Config does not record, read through the Cloud Control API or directly (the IAM password policy, the
   * organization, Config's delivery channel): the sweep lists them, the fast path re-reads them on the CloudTrail
   * calls that change them, and the role may read them and nothing else. Give [] to compare AWS Config's types only.
   * @default every such type the drift engine compares
   */
  readonly otherLiveTypes?: readonly string[];
  /**
   * An AWS provider in us-east-1. CloudTrail delivers the calls of global services (Organizations, IAM, CloudFront)
   * to EventBridge in us-east-1 only: with this provider a rule there forwards them to the checker's region, so an
   * SCP edit is checked within minutes. Give it when the checker runs in any other region; leave it out in
   * us-east-1 (the checker's own rule sees them there), or the calls are left to the sweep.
   * @default none
   */
  readonly globalEventsProvider?: TerraformProvider;
  /**
   * The SNS topic of AWS Config's delivery channel, in the checker's region: the function subscribes and checks
   * each change notification (useful where Config's EventBridge events are not routed to this account).
   * @default none
   */
  readonly configNotificationTopicArn?: string;
  /** An SQS queue that Config's notifications reach (SNS to SQS, raw or not): the function reads it. @default none */
  readonly configNotificationQueueArn?: string;
  /** Bucket the sweep writes its HTML report to (and `latest.html`); alerts of the sweep link it. @default none */
  readonly reportBucket?: string;
  /** Key prefix of the reports in reportBucket. @default 'drift-reports/' */
  readonly reportPrefix?: string;
  /** KMS key of reportBucket's default encryption (SSE-KMS): the reports are encrypted with it. @default SSE-S3 */
  readonly reportKmsKeyArn?: string;
}

const SCHEDULES: readonly ConfigScheduleFrequency[] = [
  'One_Hour',
  'Three_Hours',
  'Six_Hours',
  'Twelve_Hours',
  'TwentyFour_Hours',
];
const RETENTIONS: readonly number[] = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
];
/** A Config rule scope takes at most 100 resource types. */
const MAX_SCOPE_TYPES = 100;

function checkRange(name: string, value: number, min: number, max: number): void {
  requireWholeNumber('DriftChecker', name, value, { min, max });
}

function checkPrefix(name: string, value: string): string {
  if (Token.isUnresolved(value))
    throw new Error(`DriftChecker: ${name} must be a literal key prefix, not a token`);
  if (value.startsWith('/') || value.includes('*'))
    throw new Error(
      `DriftChecker: ${name} must be an S3 key prefix without a leading "/" or "*", got "${value}"`,
    );
  return value === '' || value.endsWith('/') ? value : `${value}/`;
}

/**
 * The event-driven drift checker: a Lambda that AWS Config triggers (rule invocations and EventBridge change events,
 * or Config's notifications through SNS or SQS) and CloudTrail calls trigger (the fast path for the types Config does
 * not record) to compare live resources with the published IaC, reporting to Config, SNS, EventBridge and S3.
 *
 * Built from parts, one module each: the function's role (checker-role.ts), where drift goes (alerting.ts: key,
 * topic, bus), the function (checker-function.ts: code, logs, DLQ, role policy, environment), the EventBridge
 * triggers (event-rules.ts), Config's SNS and SQS deliveries (config-deliveries.ts), the Config rule
 * (config-rule.ts) and the alarms (alarms.ts). The parts build their resources in
 * this construct's own scope, not in constructs of their own: construct ids are part of the contract, and a resource
 * under a new path would get a new Terraform address and be replaced on the next apply.
 *
 * Bucket names may be tokens; they are not validated at synth time then.
 */
export class DriftChecker extends Construct {
  readonly functionArn: string;
  readonly functionName: string;
  readonly roleArn: string;
  readonly topicArn: string;
  readonly busArn: string;
  readonly busName: string;
  readonly configRuleName: string;
  readonly configRuleArn: string;
  readonly deadLetterQueueArn: string;
  readonly keyArn: string;
  /** The exact statements of the function's role policy (for review and tests). */
  readonly roleStatements: ReturnType<typeof functionPolicyStatements>;

  constructor(scope: Construct, id: string, props: DriftCheckerProps) {
    super(scope, id);
    const bundle = bundleAsset(props);
    const name = props.namePrefix ?? 'groundwork-drift';
    if (!/^[A-Za-z0-9-]{1,40}$/.test(name))
      throw new Error(`DriftChecker: namePrefix must be 1-40 letters, digits or "-", got "${name}"`);
    const runtime = driftCheckerRuntime(props.runtime);
    const schedule = props.scheduleFrequency ?? 'TwentyFour_Hours';
    if (!SCHEDULES.includes(schedule))
      throw new Error(
        `DriftChecker: scheduleFrequency must be one of ${SCHEDULES.join(', ')}, got "${schedule}"`,
      );
    const retention = props.logRetentionDays ?? 365;
    if (!RETENTIONS.includes(retention))
      throw new Error(
        `DriftChecker: logRetentionDays must be one of ${RETENTIONS.join(', ')}, got ${retention}`,
      );
    const memorySize = props.memorySize ?? 512;
    checkRange('memorySize', memorySize, 128, 10_240);
    const timeout = props.timeoutSeconds ?? 300;
    checkRange('timeoutSeconds', timeout, 1, 900);
    const cacheTtl = props.cacheTtlSeconds ?? 60;
    checkRange('cacheTtlSeconds', cacheTtl, 0, 86_400);
    const dedupeWindow = props.dedupeWindowSeconds ?? 86_400;
    checkRange('dedupeWindowSeconds', dedupeWindow, 0, 30 * 86_400);
    const resourceTypes = [...(props.resourceTypes ?? ADAPTED_RESOURCE_TYPES)];
    if (resourceTypes.length === 0 || resourceTypes.length > MAX_SCOPE_TYPES)
      throw new Error(
        `DriftChecker: resourceTypes must list 1 to ${MAX_SCOPE_TYPES} AWS Config types, got ${resourceTypes.length}`,
      );
    const badType = resourceTypes.find((t) => !/^[A-Za-z0-9]+::[A-Za-z0-9]+::[A-Za-z0-9]+$/.test(t));
    if (badType)
      throw new Error(
        `DriftChecker: resourceTypes must be AWS Config types like "AWS::S3::Bucket", got "${badType}"`,
      );
    // Lambda limits all environment variables together to 4 KB; the type lists are the only long ones.
    const typeListBytes =
      resourceTypes.join(',').length +
      (props.recordedResourceTypes ?? []).join(',').length +
      (props.otherLiveTypes ?? []).join(',').length;
    if (typeListBytes > 3000)
      throw new Error(
        `DriftChecker: resourceTypes and recordedResourceTypes take ${typeListBytes} bytes of the function's 4 KB environment; list at most 3000 bytes of types`,
      );
    const badEndpoint = (props.alertHttpsEndpoints ?? []).find(
      (e) => !Token.isUnresolved(e) && !e.startsWith('https://'),
    );
    if (badEndpoint)
      throw new Error(`DriftChecker: alertHttpsEndpoints must start with https://, got "${badEndpoint}"`);
    const badEmail = (props.alertEmails ?? []).find(
      (e) => !Token.isUnresolved(e) && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(e),
    );
    if (badEmail) throw new Error(`DriftChecker: alertEmails must be email addresses, got "${badEmail}"`);
    const iacPrefix = checkPrefix('iacPrefix', props.iacPrefix ?? 'cdktf.out/');
    const statePrefix = checkPrefix('statePrefix', props.statePrefix);
    const stateBucket = props.stateBucket ?? props.iacBucket;
    const otherLiveTypes = [
      ...(props.otherLiveTypes ?? [
        ...ADAPTED_TYPES_BY_SOURCE.cloudcontrol,
        ...ADAPTED_TYPES_BY_SOURCE.direct,
      ]),
    ];
    const unknownType = otherLiveTypes.find(
      (t) => !(t in CLOUD_CONTROL_READ_PERMISSIONS) && !(t in DIRECT_READ_PERMISSIONS),
    );
    if (unknownType)
      throw new Error(
        `DriftChecker: otherLiveTypes must be types the drift engine reads through Cloud Control or directly (${[...ADAPTED_TYPES_BY_SOURCE.cloudcontrol, ...ADAPTED_TYPES_BY_SOURCE.direct].join(', ')}), got "${unknownType}"`,
      );
    const report = props.reportBucket
      ? {
          bucket: props.reportBucket,
          prefix: checkPrefix('reportPrefix', props.reportPrefix ?? 'drift-reports/'),
          kmsKeyArn: props.reportKmsKeyArn ?? null,
        }
      : null;
    if (!report && (props.reportPrefix !== undefined || props.reportKmsKeyArn !== undefined))
      throw new Error(
        'DriftChecker: reportPrefix and reportKmsKeyArn need reportBucket, where the reports go',
      );

    const account = checkerAccount(this);
    const functionName = `${name}-checker`;
    const logGroupName = `/aws/lambda/${functionName}`;
    const { role } = new CheckerRole(this, { functionName, accountId: account.accountId });
    const { key, topic, bus } = new CheckerAlerting(this, {
      account,
      namePrefix: name,
      logGroupName,
      functionRoleArn: role.arn,
      alertEmails: props.alertEmails ?? [],
      alertHttpsEndpoints: props.alertHttpsEndpoints ?? [],
    });
    const checker = new CheckerFunction(this, {
      account,
      namePrefix: name,
      functionName,
      logGroupName,
      bundle,
      runtime,
      memorySize,
      timeoutSeconds: timeout,
      logRetentionDays: retention,
      logLevel: props.logLevel ?? 'INFO',
      role,
      key,
      topic,
      bus,
      iacBucket: props.iacBucket,
      iacPrefix,
      stateBucket,
      statePrefix,
      bucketKmsKeyArns: props.bucketKmsKeyArns ?? [],
      cacheTtlSeconds: cacheTtl,
      dedupeWindowSeconds: dedupeWindow,
      resourceTypes,
      recordedResourceTypes: props.recordedResourceTypes ?? [],
      cloudControlTypes: otherLiveTypes.filter((t) => t in CLOUD_CONTROL_READ_PERMISSIONS),
      directTypes: otherLiveTypes.filter((t) => t in DIRECT_READ_PERMISSIONS),
      report,
      configQueueArn: props.configNotificationQueueArn ?? null,
    });
    const fn = checker.function;
    const dlq = checker.deadLetterQueue;
    this.roleStatements = checker.roleStatements;
    new CheckerEventRules(this, {
      account,
      namePrefix: name,
      resourceTypes,
      otherLiveTypes,
      globalEventsProvider: props.globalEventsProvider ?? null,
      function: fn,
    });
    new ConfigDeliveries(this, {
      function: fn,
      topicArn: props.configNotificationTopicArn ?? null,
      queueArn: props.configNotificationQueueArn ?? null,
      rolePolicy: checker.rolePolicy,
    });
    const { rule } = new CheckerConfigRule(this, {
      name,
      accountId: account.accountId,
      function: fn,
      resourceTypes,
      scheduleFrequency: schedule,
      dependsOn: props.dependsOn ?? [],
    });
    new CheckerAlarms(this, { namePrefix: name, function: fn, deadLetterQueue: dlq, topic });

    this.functionArn = fn.arn;
    this.functionName = fn.functionName;
    this.roleArn = role.arn;
    this.topicArn = topic.arn;
    this.busArn = bus.arn;
    this.busName = bus.name;
    this.configRuleName = rule.name;
    this.configRuleArn = rule.arn;
    this.deadLetterQueueArn = dlq.arn;
    this.keyArn = key.arn;
  }
}

/** The Lambda package as a TerraformAsset source: a directory to zip, or a zip to copy. */
function bundleAsset(props: DriftCheckerProps): { path: string; type: AssetType } {
  const build = 'run `npx nx build drift-checker`';
  if ((props.bundleDir === undefined) === (props.bundleZip === undefined)) {
    throw new Error(
      `DriftChecker: give exactly one of bundleDir (dist/apps/drift-checker) or bundleZip (dist/apps/drift-checker/lambda.zip); ${build}`,
    );
  }
  if (props.bundleZip !== undefined) {
    const zip = resolve(props.bundleZip);
    if (!zip.endsWith('.zip') || !existsSync(zip))
      throw new Error(`DriftChecker: bundleZip ${zip} is not an existing .zip file; ${build}`);
    return { path: zip, type: AssetType.FILE };
  }
  const dir = resolve(props.bundleDir as string);
  if (!existsSync(join(dir, 'main.js')))
    throw new Error(
      `DriftChecker: bundleDir ${dir} has no main.js; ${build} and pass dist/apps/drift-checker`,
    );
  return { path: dir, type: AssetType.ARCHIVE };
}
