// The organization's drift checker, deployed once in the audit (or delegated administrator) account: the sweep of
// every member account and region on Step Functions Distributed Map (planner → shards → reducer, results in S3),
// the organization Config aggregator it reads, the central EventBridge bus that member accounts forward their
// Config change events to, and the organization Config rule whose periodic invocations deliver the sweep's changed
// evaluations into each member account's Config.
import { CloudwatchEventBus } from '@cdktf/provider-aws/lib/cloudwatch-event-bus';
import { CloudwatchEventBusPolicy } from '@cdktf/provider-aws/lib/cloudwatch-event-bus-policy';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { ConfigConfigurationAggregator } from '@cdktf/provider-aws/lib/config-configuration-aggregator';
import {
  DataAwsIamPolicyDocument,
  type DataAwsIamPolicyDocumentStatement,
} from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { SfnStateMachine } from '@cdktf/provider-aws/lib/sfn-state-machine';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { requireWholeNumber } from '@groundwork/core';
import {
  ADAPTED_TYPES_BY_SOURCE,
  DEFAULT_MAX_ITEMS_PER_SHARD,
  DEFAULT_SHARD_MEMORY_MB,
  ORGANIZATION_SWEEP_ENV as ENV,
  REDUCER_MEMORY_MB,
} from '@groundwork/drift';
import { AssetType, TerraformAsset, Token, type TerraformProvider } from 'cdktf';
import { Construct } from 'constructs';
import { checkerAccount } from '../drift-checker/checker-account';
import { suppress } from '../suppress';
import { configChangePattern } from '../drift-checker/event-pattern';
import { driftCheckerRuntime } from '../drift-checker/lambda-runtime';
import { evaluationRule, type EvaluationDeliveryFrequency } from './evaluation-rule';
import { organizationKeyPolicy } from './organization-key-policy';
import { sweepBucket } from './sweep-bucket';
import { sweepDefinition } from './sweep-definition';
import { SweepFunction } from './sweep-function';

/** The member accounts' read-only role the central functions assume, unless `memberReadRoleName` says otherwise. */
export const DEFAULT_MEMBER_READ_ROLE_NAME = 'groundwork-drift-read';

/** The member accounts' role the delivery function assumes to put evaluations, unless `memberDeliveryRoleName` says otherwise. */
export const DEFAULT_MEMBER_DELIVERY_ROLE_NAME = 'groundwork-drift-deliver';

export interface OrganizationDriftCheckerProps {
  /** The organization sweep's deployment package (`dist/apps/drift-checker/organization/lambda.zip`, built by `npx nx build drift-checker`). */
  readonly bundleZip: string;
  /** The AWS Organizations id (`o-…`): the central bus admits only its accounts, the role assumption only its roles. */
  readonly organizationId: string;
  /** Regions swept in every member account. */
  readonly regions: readonly string[];
  /** Bucket the deploy workflow publishes every account's cdktf.out to. */
  readonly iacBucket: string;
  /** @default 'cdktf.out/' */
  readonly iacPrefix?: string;
  /** @default iacBucket */
  readonly stateBucket?: string;
  /** Key prefix of the stacks' state objects; required, as on `DriftChecker`. */
  readonly statePrefix: string;
  /** Name of the sweep bucket (results, reports, compliance state). */
  readonly sweepBucketName: string;
  /** @default 'groundwork-drift-org' */
  readonly namePrefix?: string;
  /** Schedule of the sweep, an EventBridge expression. @default 'cron(17 5 * * ? *)' (daily, 05:17 UTC) */
  readonly schedule?: string;
  /** Shards running at the same time. @default 40 */
  readonly maxConcurrency?: number;
  /** Failed shards, in percent, the sweep survives (and names in the report). @default 5 */
  readonly toleratedFailurePercentage?: number;
  /** Items one shard holds. @default DEFAULT_MAX_ITEMS_PER_SHARD of @groundwork/drift (5,000) */
  readonly maxItemsPerShard?: number;
  /** Memory of the shard function, MB. @default DEFAULT_SHARD_MEMORY_MB of @groundwork/drift (1,024) */
  readonly shardMemoryMb?: number;
  /** @default 'nodejs22.x' */
  readonly runtime?: string;
  /** The read-only role every member account has for the central functions. @default DEFAULT_MEMBER_READ_ROLE_NAME */
  readonly memberReadRoleName?: string;
  /** The role every member account has for the delivery function (`config:PutEvaluations` only). @default DEFAULT_MEMBER_DELIVERY_ROLE_NAME */
  readonly memberDeliveryRoleName?: string;
  /** How often the organization rule delivers pending evaluations. @default 'Six_Hours' */
  readonly evaluationDeliveryFrequency?: EvaluationDeliveryFrequency;
  /**
   * Providers of the other swept regions: AWS Config rules are regional, so the organization rule is created in the
   * stack's region and in each of these. A swept region without one keeps its evaluations pending in the bucket
   * (they expire after `retentionDays`). The stack's region also takes the types recorded once per account (IAM).
   * @default none
   */
  readonly evaluationRegionProviders?: readonly TerraformProvider[];
  /** Accounts the organization rule is not created in. @default none */
  readonly evaluationExcludedAccounts?: readonly string[];
  /** The function that takes the forwarded Config change events (a `DriftChecker`'s), if any. @default none */
  readonly eventFunction?: { readonly arn: string; readonly name: string };
  /** @default [] */
  readonly alertEmails?: readonly string[];
  /** Days a sweep's objects are kept. @default 90 */
  readonly retentionDays?: number;
  /** @default 365 */
  readonly logRetentionDays?: 365 | 400 | 545 | 731 | 1096 | 1827 | 3653;
  /** @default none (the guard finding is suppressed with a reason) */
  readonly accessLogsBucket?: string;
}

const ORGANIZATION_ID = /^o-[a-z0-9]{10,32}$/;

export class OrganizationDriftChecker extends Construct {
  readonly stateMachineArn: string;
  readonly busArn: string;
  readonly busName: string;
  readonly bucketName: string;
  readonly topicArn: string;
  readonly aggregatorName: string;
  /** The roles of the central functions: what the member accounts' read role trusts. */
  readonly functionRoleArns: string[];
  readonly planner: SweepFunction;
  readonly shard: SweepFunction;
  readonly reducer: SweepFunction;
  /** Invoked by the organization rule in each member account and region: puts that account's pending evaluations. */
  readonly delivery: SweepFunction;
  /** The organization rule's name (in the member accounts AWS Config prefixes it and adds a suffix). */
  readonly evaluationRuleName: string;
  /** The state machine's own role statements: what the tests assert. */
  readonly stateMachineStatements: DataAwsIamPolicyDocumentStatement[];
  /** The generated Amazon States Language, with Terraform references where ARNs are not known at synth. */
  readonly definition: Record<string, unknown>;

  constructor(scope: Construct, id: string, props: OrganizationDriftCheckerProps) {
    super(scope, id);
    const where = `OrganizationDriftChecker ${this.node.path}`;
    if (!Token.isUnresolved(props.organizationId) && !ORGANIZATION_ID.test(props.organizationId))
      throw new Error(`${where}: organizationId must look like o-abcd123456, got "${props.organizationId}"`);
    if (props.regions.length === 0) throw new Error(`${where}: regions is empty: name the regions to sweep`);
    const maxConcurrency = props.maxConcurrency ?? 40;
    requireWholeNumber(where, 'maxConcurrency', maxConcurrency, { min: 1, max: 10000 });
    const tolerated = props.toleratedFailurePercentage ?? 5;
    if (!(tolerated >= 0 && tolerated <= 100))
      throw new Error(`${where}: toleratedFailurePercentage must be between 0 and 100, got ${tolerated}`);
    const maxItems = props.maxItemsPerShard ?? DEFAULT_MAX_ITEMS_PER_SHARD;
    requireWholeNumber(where, 'maxItemsPerShard', maxItems, { min: 1 });
    const runtime = driftCheckerRuntime(props.runtime);
    const name = props.namePrefix ?? 'groundwork-drift-org';
    const iacPrefix = props.iacPrefix ?? 'cdktf.out/';
    const stateBucket = props.stateBucket ?? props.iacBucket;
    const readRole = props.memberReadRoleName ?? DEFAULT_MEMBER_READ_ROLE_NAME;
    const deliveryRole = props.memberDeliveryRoleName ?? DEFAULT_MEMBER_DELIVERY_ROLE_NAME;
    const account = checkerAccount(this);
    const arnOf = (service: string, resource: string) =>
      `arn:${account.partition}:${service}:${account.region}:${account.accountId}:${resource}`;
    const stateMachineName = `${name}-sweep`;
    const stateMachineArn = arnOf('states', `stateMachine:${stateMachineName}`);
    const functionNames = {
      planner: `${name}-planner`,
      shard: `${name}-shard`,
      reducer: `${name}-reducer`,
      delivery: `${name}-deliver`,
    };

    const key = new KmsKey(this, 'key', {
      description: 'Groundwork organization drift sweep: logs and digest topic',
      enableKeyRotation: true,
      deletionWindowInDays: 30,
      policy: new DataAwsIamPolicyDocument(this, 'key-policy', {
        statement: organizationKeyPolicy({
          ...account,
          logGroupPrefix: `/aws/lambda/${name}-`,
          publisherRoleArn: `arn:${account.partition}:iam::${account.accountId}:role/${functionNames.reducer}`,
        }),
      }).json,
    });
    const topic = new SnsTopic(this, 'digest', { name: `${name}-digest`, kmsMasterKeyId: key.arn });
    for (const [i, endpoint] of (props.alertEmails ?? []).entries())
      new SnsTopicSubscription(this, `digest-email-${i}`, {
        topicArn: topic.arn,
        protocol: 'email',
        endpoint,
      });

    const bucket = sweepBucket(this, {
      bucketName: props.sweepBucketName,
      retentionDays: props.retentionDays ?? 90,
      accessLogsBucket: props.accessLogsBucket,
    });

    const aggregatorRole = new IamRole(this, 'aggregator-role', {
      name: `${name}-aggregator`,
      description: 'AWS Config reads the organization for the drift aggregator',
      assumeRolePolicy: new DataAwsIamPolicyDocument(this, 'aggregator-assume-role', {
        statement: [
          {
            actions: ['sts:AssumeRole'],
            principals: [{ type: 'Service', identifiers: ['config.amazonaws.com'] }],
            condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] }],
          },
        ],
      }).json,
    });
    new IamRolePolicyAttachment(this, 'aggregator-role-policy', {
      role: aggregatorRole.name,
      policyArn: `arn:${account.partition}:iam::aws:policy/service-role/AWSConfigRoleForOrganizations`,
    });
    const aggregator = new ConfigConfigurationAggregator(this, 'aggregator', {
      name: `${name}-organization`,
      organizationAggregationSource: {
        allRegions: false,
        regions: [...props.regions],
        roleArn: aggregatorRole.arn,
      },
    });

    const asset = new TerraformAsset(this, 'bundle', { path: props.bundleZip, type: AssetType.FILE });
    const common = {
      account,
      asset,
      runtime,
      logRetentionDays: props.logRetentionDays ?? 365,
      keyArn: key.arn,
    };
    const iacEnvironment = {
      [ENV.iacBucket]: props.iacBucket,
      [ENV.iacPrefix]: iacPrefix,
      [ENV.stateBucket]: stateBucket,
      [ENV.statePrefix]: props.statePrefix,
    };
    const readIacAndState = {
      sid: 'ReadIacAndState',
      actions: ['s3:GetObject'],
      resources: [
        `arn:${account.partition}:s3:::${props.iacBucket}/${iacPrefix}*`,
        `arn:${account.partition}:s3:::${stateBucket}/${props.statePrefix}*`,
      ],
    };
    const sweepObjects = `${bucket.arn}/sweeps/*`;
    const pendingObjects = `${bucket.arn}/evaluations/*`;
    this.planner = new SweepFunction(this, 'planner', {
      ...common,
      functionName: functionNames.planner,
      description: 'Groundwork organization drift sweep: lists the accounts and writes the shard list',
      handler: 'main.plan',
      memorySize: 512,
      timeoutSeconds: 300,
      environment: {
        [ENV.sweepBucket]: bucket.bucket,
        [ENV.aggregatorName]: aggregator.name,
        [ENV.regions]: props.regions.join(','),
        [ENV.maxItemsPerShard]: String(maxItems),
        ...iacEnvironment,
      },
      statements: [
        {
          // The accounts and the items per type come from the aggregator, so no Organizations permission is needed.
          sid: 'CountRecorded',
          actions: ['config:GetAggregateDiscoveredResourceCounts'],
          resources: [aggregator.arn],
        },
        // The accounts the stacks deploy to, so that one the aggregator holds nothing of is swept (and reported).
        readIacAndState,
        { sid: 'WriteShardList', actions: ['s3:PutObject'], resources: [sweepObjects] },
      ],
    });
    this.shard = new SweepFunction(this, 'shard', {
      ...common,
      functionName: functionNames.shard,
      description: 'Groundwork organization drift sweep: compares one account, region and type group',
      handler: 'main.shard',
      memorySize: props.shardMemoryMb ?? DEFAULT_SHARD_MEMORY_MB,
      timeoutSeconds: 900,
      environment: {
        [ENV.sweepBucket]: bucket.bucket,
        [ENV.aggregatorName]: aggregator.name,
        ...iacEnvironment,
        // The Cloud Control and direct shards read the member account through its read role.
        [ENV.memberReadRoleName]: readRole,
        [ENV.partition]: account.partition,
      },
      statements: [
        {
          sid: 'ReadAggregator',
          actions: ['config:SelectAggregateResourceConfig'],
          resources: [aggregator.arn],
        },
        readIacAndState,
        {
          sid: 'ComplianceState',
          actions: ['s3:GetObject', 's3:PutObject'],
          resources: [`${bucket.arn}/compliance/*`],
        },
        { sid: 'WriteResult', actions: ['s3:PutObject'], resources: [sweepObjects] },
        { sid: 'WritePendingEvaluations', actions: ['s3:PutObject'], resources: [pendingObjects] },
        {
          sid: 'AssumeMemberReadRole',
          actions: ['sts:AssumeRole'],
          resources: [`arn:${account.partition}:iam::*:role/${readRole}`],
          condition: [
            { test: 'StringEquals', variable: 'aws:ResourceOrgID', values: [props.organizationId] },
          ],
        },
      ],
    });
    this.reducer = new SweepFunction(this, 'reducer', {
      ...common,
      functionName: functionNames.reducer,
      description: 'Groundwork organization drift sweep: merges the shard results into one report',
      handler: 'main.reduce',
      memorySize: REDUCER_MEMORY_MB,
      timeoutSeconds: 900,
      environment: { [ENV.sweepBucket]: bucket.bucket, [ENV.topicArn]: topic.arn },
      statements: [
        {
          sid: 'ListResults',
          actions: ['s3:ListBucket'],
          resources: [bucket.arn],
          condition: [{ test: 'StringLike', variable: 's3:prefix', values: ['sweeps/*'] }],
        },
        { sid: 'ReadAndWriteSweep', actions: ['s3:GetObject', 's3:PutObject'], resources: [sweepObjects] },
        { sid: 'PublishDigest', actions: ['sns:Publish'], resources: [topic.arn] },
      ],
    });

    this.delivery = new SweepFunction(this, 'delivery', {
      ...common,
      functionName: functionNames.delivery,
      description:
        "Groundwork organization drift: puts a member account's changed evaluations into its Config",
      handler: 'main.deliver',
      memorySize: 512,
      timeoutSeconds: 300,
      environment: {
        [ENV.sweepBucket]: bucket.bucket,
        [ENV.memberDeliveryRoleName]: deliveryRole,
        // The organization rule of the stack's region also delivers the types recorded once per account.
        [ENV.globalRegion]: account.region,
      },
      statements: [
        {
          sid: 'ListPendingEvaluations',
          actions: ['s3:ListBucket'],
          resources: [bucket.arn],
          condition: [{ test: 'StringLike', variable: 's3:prefix', values: ['evaluations/*'] }],
        },
        {
          sid: 'ReadAndDeletePendingEvaluations',
          actions: ['s3:GetObject', 's3:DeleteObject'],
          resources: [pendingObjects],
        },
        {
          // The result token is for the member account's Config: PutEvaluations is called there, as its role.
          sid: 'AssumeMemberDeliveryRole',
          actions: ['sts:AssumeRole'],
          resources: [`arn:${account.partition}:iam::*:role/${deliveryRole}`],
          condition: [
            { test: 'StringEquals', variable: 'aws:ResourceOrgID', values: [props.organizationId] },
          ],
        },
      ],
    });
    const deliveryPermission = new LambdaPermission(this, 'delivery-permission', {
      action: 'lambda:InvokeFunction',
      functionName: this.delivery.function.functionName,
      principal: 'config.amazonaws.com',
    });
    suppress(
      deliveryPermission,
      'GW-LMB-005',
      "every member account's organization rule invokes it, each with its own rule ARN and account, so neither " +
        'source_arn nor source_account can name them; the function only acts through the delivery role it ' +
        'assumes, which only accounts of the organization have (aws:ResourceOrgID), on evaluations the sweep left',
    );
    this.evaluationRuleName = `${name}-evaluations`;
    const ruleProps = {
      ruleName: this.evaluationRuleName,
      functionArn: this.delivery.function.arn,
      frequency: props.evaluationDeliveryFrequency ?? 'Six_Hours',
      excludedAccounts: props.evaluationExcludedAccounts ?? [],
      permission: deliveryPermission,
    } as const;
    evaluationRule(this, 'evaluation-rule', ruleProps);
    for (const [i, provider] of (props.evaluationRegionProviders ?? []).entries())
      evaluationRule(this, `evaluation-rule-${i + 1}`, { ...ruleProps, provider });

    this.definition = sweepDefinition({
      plannerFunctionArn: this.planner.function.arn,
      shardFunctionArn: this.shard.function.arn,
      reducerFunctionArn: this.reducer.function.arn,
      bucketName: bucket.bucket,
      maxConcurrency,
      toleratedFailurePercentage: tolerated,
      throttleRetries: 6,
    });
    this.stateMachineStatements = [
      {
        sid: 'InvokeSweepFunctions',
        actions: ['lambda:InvokeFunction'],
        resources: [this.planner.function.arn, this.shard.function.arn, this.reducer.function.arn],
      },
      { sid: 'ReadShardList', actions: ['s3:GetObject'], resources: [sweepObjects] },
      {
        sid: 'WriteMapResults',
        actions: ['s3:PutObject', 's3:GetObject', 's3:ListMultipartUploadParts', 's3:AbortMultipartUpload'],
        resources: [`${bucket.arn}/map-results/*`],
      },
      {
        // A Distributed Map runs its shards as child executions of this state machine.
        sid: 'RunChildExecutions',
        actions: ['states:StartExecution'],
        resources: [stateMachineArn],
      },
      {
        sid: 'ManageChildExecutions',
        actions: ['states:DescribeExecution', 'states:StopExecution'],
        resources: [arnOf('states', `execution:${stateMachineName}/*`)],
      },
    ];
    const stateMachineRole = new IamRole(this, 'state-machine-role', {
      name: stateMachineName,
      description: 'Groundwork organization drift sweep: the state machine',
      assumeRolePolicy: new DataAwsIamPolicyDocument(this, 'state-machine-assume-role', {
        statement: [
          {
            actions: ['sts:AssumeRole'],
            principals: [{ type: 'Service', identifiers: ['states.amazonaws.com'] }],
            condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] }],
          },
        ],
      }).json,
    });
    const stateMachinePolicy = new IamRolePolicy(this, 'state-machine-policy', {
      name: stateMachineName,
      role: stateMachineRole.id,
      policy: new DataAwsIamPolicyDocument(this, 'state-machine-policy-document', {
        statement: this.stateMachineStatements,
      }).json,
    });
    const stateMachine = new SfnStateMachine(this, 'state-machine', {
      name: stateMachineName,
      roleArn: stateMachineRole.arn,
      definition: JSON.stringify(this.definition),
      type: 'STANDARD',
      dependsOn: [stateMachinePolicy],
    });

    const scheduleRole = new IamRole(this, 'schedule-role', {
      name: `${name}-schedule`,
      description: 'Groundwork organization drift sweep: EventBridge starts the sweep',
      assumeRolePolicy: new DataAwsIamPolicyDocument(this, 'schedule-assume-role', {
        statement: [
          {
            actions: ['sts:AssumeRole'],
            principals: [{ type: 'Service', identifiers: ['events.amazonaws.com'] }],
            condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] }],
          },
        ],
      }).json,
    });
    new IamRolePolicy(this, 'schedule-policy', {
      name: `${name}-schedule`,
      role: scheduleRole.id,
      policy: new DataAwsIamPolicyDocument(this, 'schedule-policy-document', {
        statement: [{ sid: 'StartSweep', actions: ['states:StartExecution'], resources: [stateMachine.arn] }],
      }).json,
    });
    const schedule = new CloudwatchEventRule(this, 'schedule', {
      name: `${name}-schedule`,
      description: 'Starts the organization drift sweep',
      scheduleExpression: props.schedule ?? 'cron(17 5 * * ? *)',
    });
    new CloudwatchEventTarget(this, 'schedule-target', {
      rule: schedule.name,
      arn: stateMachine.arn,
      roleArn: scheduleRole.arn,
    });

    const bus = new CloudwatchEventBus(this, 'bus', { name: `${name}-events` });
    new CloudwatchEventBusPolicy(this, 'bus-policy', {
      eventBusName: bus.name,
      policy: new DataAwsIamPolicyDocument(this, 'bus-policy-document', {
        statement: [
          {
            sid: 'OrganizationForwardsConfigEvents',
            principals: [{ type: 'AWS', identifiers: ['*'] }],
            actions: ['events:PutEvents'],
            resources: [bus.arn],
            condition: [
              { test: 'StringEquals', variable: 'aws:PrincipalOrgID', values: [props.organizationId] },
            ],
          },
        ],
      }).json,
    });
    if (props.eventFunction) {
      const rule = new CloudwatchEventRule(this, 'config-changes', {
        name: `${name}-config-changes`,
        description: "Member accounts' Config changes, to the drift checker",
        eventBusName: bus.name,
        eventPattern: JSON.stringify(configChangePattern(ADAPTED_TYPES_BY_SOURCE.config)),
      });
      new CloudwatchEventTarget(this, 'config-changes-target', {
        rule: rule.name,
        eventBusName: bus.name,
        arn: props.eventFunction.arn,
      });
      new LambdaPermission(this, 'config-changes-permission', {
        action: 'lambda:InvokeFunction',
        functionName: props.eventFunction.name,
        principal: 'events.amazonaws.com',
        sourceArn: rule.arn,
      });
    }

    this.stateMachineArn = stateMachine.arn;
    this.busArn = bus.arn;
    this.busName = bus.name;
    this.bucketName = bucket.bucket;
    this.topicArn = topic.arn;
    this.aggregatorName = aggregator.name;
    this.functionRoleArns = [this.planner.role.arn, this.shard.role.arn, this.reducer.role.arn];
  }
}
