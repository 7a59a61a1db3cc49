// Real drift, made the way it happens: someone changes a resource in the console or with the CLI, and AWS Config
// records the new configuration. Each scenario edits the recorded items of an in-sync account and says which
// resource must be reported, with which status and on which attribute path. Traps are changes that are not
// drift (AWS re-encodes, reorders or adjusts values on its own) and must leave every resource IN_SYNC.
import {
  ConfigItem,
  RecorderContext,
  SimulatedAccount,
  SimulatedIds,
  appliedAt,
  instanceItem,
  itemAt,
} from '@groundwork/aws-sim';
import { FIXTURE_ACCOUNT, FIXTURE_REGION } from './fixture-app';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits reach deep into Config's JSON

export interface DriftScenario {
  /** What someone did, in words. */
  readonly kind: string;
  /** Construct path of the managed resource that must be reported; null for an unmanaged resource. */
  readonly constructPath: string | null;
  readonly resourceType: string;
  readonly status: 'MODIFIED' | 'DELETED' | 'UNMANAGED';
  /** A difference path the report must contain (MODIFIED only). */
  readonly path?: RegExp;
  /**
   * The IaC sets the changed attribute to a reference (`${aws_kms_key.key.arn}`): only Terraform state resolves it,
   * so without state the attribute is skipped rather than guessed.
   */
  readonly needsState?: true;
  readonly inject: (items: ConfigItem[], account: SimulatedAccount) => ConfigItem[];
}

export interface TrapScenario {
  readonly kind: string;
  readonly inject: (items: ConfigItem[], account: SimulatedAccount) => ConfigItem[];
}

/** The item recorded for the managed resource at a construct path. */
export const itemFor = (items: ConfigItem[], account: SimulatedAccount, constructPath: string): Json =>
  itemAt(items, account, constructPath) as Json;

/** Edits the item of a construct path in place and returns the item list (items are deep copies per test). */
function edit(constructPath: string, change: (item: Json, account: SimulatedAccount) => void) {
  return (items: ConfigItem[], account: SimulatedAccount) => {
    change(itemFor(items, account, constructPath), account);
    return items;
  };
}

const conf = (item: Json) => item.configuration as Json;
const supp = (item: Json) => item.supplementaryConfiguration as Json;
const decodeIam = (s: string) => JSON.parse(decodeURIComponent(s)) as Json;
const encodeIam = (doc: unknown, space?: number) => encodeURIComponent(JSON.stringify(doc, null, space));

export const DRIFT_SCENARIOS: readonly DriftScenario[] = [
  {
    kind: 'port 22 opened to the world',
    constructPath: 'platform/network/alb-sg',
    resourceType: 'AWS::EC2::SecurityGroup',
    status: 'MODIFIED',
    path: /ingress/,
    inject: edit('platform/network/alb-sg', (item) =>
      conf(item).ipPermissions.push({
        fromPort: 22,
        ipProtocol: 'tcp',
        ipv6Ranges: [],
        prefixListIds: [],
        toPort: 22,
        userIdGroupPairs: [],
        ipv4Ranges: [{ cidrIp: '0.0.0.0/0', description: 'temp debug' }],
        ipRanges: ['0.0.0.0/0'],
      }),
    ),
  },
  {
    kind: 'an egress rule deleted',
    constructPath: 'platform/network/app-sg',
    resourceType: 'AWS::EC2::SecurityGroup',
    status: 'MODIFIED',
    path: /egress/,
    inject: edit('platform/network/app-sg', (item) => {
      conf(item).ipPermissionsEgress = conf(item).ipPermissionsEgress.filter(
        (p: Json) => p.fromPort !== 5432,
      );
    }),
  },
  {
    kind: 'bucket versioning suspended',
    constructPath: 'platform/storage/assets',
    resourceType: 'AWS::S3::Bucket',
    status: 'MODIFIED',
    path: /versioning/i,
    inject: edit(
      'platform/storage/assets',
      (item) => (supp(item).BucketVersioningConfiguration.status = 'Suspended'),
    ),
  },
  {
    kind: 'public-access block relaxed',
    constructPath: 'platform/storage/assets',
    resourceType: 'AWS::S3::Bucket',
    status: 'MODIFIED',
    path: /block_public_policy|restrict_public_buckets|public_access/i,
    inject: edit('platform/storage/assets', (item) => {
      supp(item).PublicAccessBlockConfiguration.blockPublicPolicy = false;
      supp(item).PublicAccessBlockConfiguration.restrictPublicBuckets = false;
    }),
  },
  {
    kind: 'bucket encryption downgraded from KMS to SSE-S3',
    constructPath: 'platform/storage/assets',
    resourceType: 'AWS::S3::Bucket',
    status: 'MODIFIED',
    path: /sse_algorithm|encryption/i,
    inject: edit('platform/storage/assets', (item) => {
      supp(item).ServerSideEncryptionConfiguration.rules[0].applyServerSideEncryptionByDefault.sseAlgorithm =
        'AES256';
    }),
  },
  {
    kind: 'bucket policy deleted',
    constructPath: 'platform/storage/assets',
    resourceType: 'AWS::S3::Bucket',
    status: 'MODIFIED',
    path: /policy/i,
    inject: edit('platform/storage/assets', (item) => (supp(item).BucketPolicy.policyText = null)),
  },
  {
    kind: 'AdministratorAccess attached to a role',
    constructPath: 'platform/identity/app-role',
    resourceType: 'AWS::IAM::Role',
    status: 'MODIFIED',
    path: /managed_polic|polic(y|ies)_arn|attach/i,
    inject: edit('platform/identity/app-role', (item) =>
      conf(item).attachedManagedPolicies.push({
        policyName: 'AdministratorAccess',
        policyArn: 'arn:aws:iam::aws:policy/AdministratorAccess',
      }),
    ),
  },
  {
    kind: 'role trust policy opened to another account',
    constructPath: 'shared/ops/fn-role',
    resourceType: 'AWS::IAM::Role',
    status: 'MODIFIED',
    path: /assume_role_policy/,
    inject: edit('shared/ops/fn-role', (item) => {
      const doc = decodeIam(conf(item).assumeRolePolicyDocument);
      doc.Statement.push({
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::999988887777:root' },
        Action: 'sts:AssumeRole',
      });
      conf(item).assumeRolePolicyDocument = encodeIam(doc);
    }),
  },
  {
    kind: 'inline policy widened to s3:*',
    constructPath: 'platform/identity/app-role',
    resourceType: 'AWS::IAM::Role',
    status: 'MODIFIED',
    needsState: true,
    path: /inline|polic/i,
    inject: edit('platform/identity/app-role', (item) => {
      const entry = conf(item).rolePolicyList[0];
      const doc = decodeIam(entry.policyDocument);
      doc.Statement[0].Action = 's3:*';
      entry.policyDocument = encodeIam(doc);
    }),
  },
  {
    kind: 'NAT gateway deleted',
    constructPath: 'platform/network/nat',
    resourceType: 'AWS::EC2::NatGateway',
    status: 'DELETED',
    inject: edit('platform/network/nat', (item) => {
      item.configurationItemStatus = 'ResourceDeleted';
      item.configuration = null;
      item.supplementaryConfiguration = {};
      item.tags = {};
      item.relationships = [];
      item.availabilityZone = null;
      item.resourceCreationTime = null;
      item.configurationItemCaptureTime = '2026-11-27T09:12:44.000Z';
    }),
  },
  {
    kind: 'an instance launched by hand',
    constructPath: null,
    resourceType: 'AWS::EC2::Instance',
    status: 'UNMANAGED',
    inject: (items, account) => {
      const subnet = appliedAt(account, 'platform/network/public-a').attrs;
      const sg = appliedAt(account, 'platform/network/alb-sg').attrs;
      const ctx: RecorderContext = {
        account: FIXTURE_ACCOUNT,
        region: FIXTURE_REGION,
        ids: new SimulatedIds('hand-launched'),
        captureTime: '2026-11-27T09:30:00.000Z',
      };
      items.push(
        instanceItem(ctx, {
          instanceId: 'i-0deb06b0c5a1e4f27',
          imageId: 'ami-0d64bb532e0502c46',
          instanceType: 'c6i.4xlarge',
          subnetId: String(subnet.id),
          vpcId: String(subnet.vpc_id),
          privateIp: '10.20.0.77',
          eni: 'eni-0a6c8e3f1b2d4c5e6',
          securityGroups: [{ groupId: String(sg.id), groupName: String(sg.name) }],
          httpTokens: 'optional',
          monitoring: false,
          tags: { Name: 'debug-box' },
        }),
      );
      return items;
    },
  },
  {
    kind: 'instance type changed',
    constructPath: 'platform/compute/bastion',
    resourceType: 'AWS::EC2::Instance',
    status: 'MODIFIED',
    path: /instance_type/,
    inject: edit('platform/compute/bastion', (item) => (conf(item).instanceType = 't3.xlarge')),
  },
  {
    kind: 'IMDSv1 re-enabled on an instance',
    constructPath: 'platform/compute/bastion',
    resourceType: 'AWS::EC2::Instance',
    status: 'MODIFIED',
    path: /http_tokens/,
    inject: edit('platform/compute/bastion', (item) => (conf(item).metadataOptions.httpTokens = 'optional')),
  },
  {
    kind: 'IMDSv1 allowed in the launch template',
    constructPath: 'platform/compute/app-lt',
    resourceType: 'AWS::EC2::LaunchTemplate',
    status: 'MODIFIED',
    path: /http_tokens/,
    inject: edit('platform/compute/app-lt', (item) => {
      conf(item).LaunchTemplateData.MetadataOptions.HttpTokens = 'optional';
      conf(item).DefaultVersionNumber = 2;
      conf(item).LatestVersionNumber = 2;
    }),
  },
  {
    kind: 'database made publicly accessible',
    constructPath: 'platform/database/db',
    resourceType: 'AWS::RDS::DBInstance',
    status: 'MODIFIED',
    path: /publicly_accessible/,
    inject: edit('platform/database/db', (item) => (conf(item).publiclyAccessible = true)),
  },
  {
    kind: 'database deletion protection turned off',
    constructPath: 'platform/database/db',
    resourceType: 'AWS::RDS::DBInstance',
    status: 'MODIFIED',
    path: /deletion_protection/,
    inject: edit('platform/database/db', (item) => (conf(item).deletionProtection = false)),
  },
  {
    kind: 'auto scaling group maximum raised',
    constructPath: 'platform/compute/app-asg',
    resourceType: 'AWS::AutoScaling::AutoScalingGroup',
    status: 'MODIFIED',
    path: /max_size/,
    inject: edit('platform/compute/app-asg', (item) => (conf(item).maxSize = 40)),
  },
  {
    kind: 'load balancer stops dropping invalid headers',
    constructPath: 'platform/compute/alb',
    resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    status: 'MODIFIED',
    path: /drop_invalid_header_fields/,
    inject: edit('platform/compute/alb', (item) => {
      const attr = supp(item).LoadBalancerAttributes.find(
        (x: Json) => x.key === 'routing.http.drop_invalid_header_fields.enabled',
      );
      attr.value = 'false';
    }),
  },
  {
    kind: 'listener moved to another port',
    constructPath: 'platform/compute/http',
    resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
    status: 'MODIFIED',
    path: /port/i,
    inject: edit('platform/compute/http', (item) => (conf(item).Port = 8080)),
  },
  {
    kind: 'private subnet assigns public IPs',
    constructPath: 'platform/network/private-a',
    resourceType: 'AWS::EC2::Subnet',
    status: 'MODIFIED',
    path: /map_public_ip_on_launch/,
    inject: edit('platform/network/private-a', (item) => (conf(item).mapPublicIpOnLaunch = true)),
  },
  {
    kind: 'private default route sent to the internet gateway',
    constructPath: 'platform/network/private-rt',
    resourceType: 'AWS::EC2::RouteTable',
    status: 'MODIFIED',
    needsState: true,
    path: /route/,
    inject: edit('platform/network/private-rt', (item, account) => {
      const route = conf(item).routes.find((r: Json) => r.destinationCidrBlock === '0.0.0.0/0');
      delete route.natGatewayId;
      route.gatewayId = appliedAt(account, 'platform/network/igw').attrs.id;
    }),
  },
  {
    kind: 'function timeout raised',
    constructPath: 'shared/ops/fn',
    resourceType: 'AWS::Lambda::Function',
    status: 'MODIFIED',
    path: /timeout/,
    inject: edit('shared/ops/fn', (item) => (conf(item).timeout = 900)),
  },
  {
    kind: 'topic encryption removed',
    constructPath: 'shared/ops/alerts',
    resourceType: 'AWS::SNS::Topic',
    status: 'MODIFIED',
    path: /kms_master_key_id/,
    inject: edit('shared/ops/alerts', (item) => delete conf(item).KmsMasterKeyId),
  },
  {
    kind: 'key rotation disabled',
    constructPath: 'shared/security/key',
    resourceType: 'AWS::KMS::Key',
    status: 'MODIFIED',
    path: /rotation/i,
    inject: edit('shared/security/key', (item) => (supp(item).KeyRotationStatus = false)),
  },
  {
    kind: 'secret re-encrypted with the AWS managed key',
    constructPath: 'shared/security/api-token',
    resourceType: 'AWS::SecretsManager::Secret',
    status: 'MODIFIED',
    needsState: true,
    path: /kms_key_id/,
    inject: edit('shared/security/api-token', (item) => delete conf(item).KMSKeyId),
  },
  {
    kind: 'a tag changed by hand',
    constructPath: 'platform/network/vpc',
    resourceType: 'AWS::EC2::VPC',
    status: 'MODIFIED',
    path: /tags/,
    inject: edit('platform/network/vpc', (item) => {
      item.tags.Name = 'legacy-vpc';
      conf(item).tags.find((t: Json) => t.key === 'Name').value = 'legacy-vpc';
    }),
  },
  {
    kind: 'a flow log deleted',
    constructPath: 'platform/network/flow-log',
    resourceType: 'AWS::EC2::FlowLog',
    status: 'DELETED',
    inject: edit('platform/network/flow-log', (item) => {
      item.configurationItemStatus = 'ResourceDeleted';
      item.configuration = null;
      item.supplementaryConfiguration = {};
      item.tags = {};
      item.relationships = [];
      item.resourceCreationTime = null;
      item.configurationItemCaptureTime = '2026-11-27T09:20:05.000Z';
    }),
  },
  {
    kind: "a VPC endpoint's policy opened to every bucket and action",
    constructPath: 'platform/network/s3-endpoint',
    resourceType: 'AWS::EC2::VPCEndpoint',
    status: 'MODIFIED',
    path: /^policy$/,
    inject: edit('platform/network/s3-endpoint', (item) => {
      conf(item).policyDocument = JSON.stringify({
        Version: '2008-10-17',
        Statement: [{ Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' }],
      });
    }),
  },
  {
    kind: 'a rule added to the default security group',
    constructPath: 'platform/network/default-sg',
    resourceType: 'AWS::EC2::SecurityGroup',
    status: 'MODIFIED',
    path: /^ingress$/,
    inject: edit('platform/network/default-sg', (item) =>
      conf(item).ipPermissions.push({
        fromPort: 3389,
        ipProtocol: 'tcp',
        ipv6Ranges: [],
        prefixListIds: [],
        toPort: 3389,
        userIdGroupPairs: [],
        ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
        ipRanges: ['0.0.0.0/0'],
      }),
    ),
  },
  {
    kind: 'a route to the internet added to the main route table',
    constructPath: 'platform/network/default-rt',
    resourceType: 'AWS::EC2::RouteTable',
    status: 'MODIFIED',
    path: /^routes$/,
    inject: edit('platform/network/default-rt', (item, account) =>
      conf(item).routes.push({
        destinationCidrBlock: '0.0.0.0/0',
        gatewayId: appliedAt(account, 'platform/network/igw').attrs.id,
        origin: 'CreateRoute',
        state: 'active',
      }),
    ),
  },
  {
    kind: 'the function made invocable by another account',
    constructPath: 'shared/ops/fn',
    resourceType: 'AWS::Lambda::Function',
    status: 'MODIFIED',
    path: /^permissions\.cross-account$/,
    inject: edit('shared/ops/fn', (item) => {
      const policy = JSON.parse(supp(item).Policy);
      policy.Statement.push({
        Sid: 'cross-account',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::999988887777:root' },
        Action: 'lambda:InvokeFunction',
        Resource: conf(item).functionArn,
      });
      supp(item).Policy = JSON.stringify(policy);
    }),
  },
  {
    kind: 'the dead-letter queue keeps messages for one minute',
    constructPath: 'shared/ops/dlq',
    resourceType: 'AWS::SQS::Queue',
    status: 'MODIFIED',
    path: /^message_retention_seconds$/,
    inject: edit('shared/ops/dlq', (item) => (conf(item).MessageRetentionPeriod = '60')),
  },
  {
    kind: 'the EventBridge rule disabled',
    constructPath: 'shared/ops/config-changes',
    resourceType: 'AWS::Events::Rule',
    status: 'MODIFIED',
    path: /^state$/,
    inject: edit('shared/ops/config-changes', (item) => (conf(item).State = 'DISABLED')),
  },
  {
    kind: "the alarm's actions disabled",
    constructPath: 'shared/ops/dlq-alarm',
    resourceType: 'AWS::CloudWatch::Alarm',
    status: 'MODIFIED',
    path: /^actions_enabled$/,
    inject: edit('shared/ops/dlq-alarm', (item) => (conf(item).actionsEnabled = false)),
  },
  {
    kind: 'the key alias pointed at another key',
    constructPath: 'shared/security/key-alias',
    resourceType: 'AWS::KMS::Alias',
    status: 'MODIFIED',
    needsState: true,
    path: /^target_key_id$/,
    inject: edit(
      'shared/security/key-alias',
      (item) => (conf(item).TargetKeyId = '0987dcba-09fe-87dc-65ba-ab0987654321'),
    ),
  },
  {
    kind: 'an audience added to the OIDC provider',
    constructPath: 'shared/security/github',
    resourceType: 'AWS::IAM::OIDCProvider',
    status: 'MODIFIED',
    path: /^client_id_list$/,
    inject: edit('shared/security/github', (item) =>
      conf(item).ClientIdList.push('https://github.com/someone-else'),
    ),
  },
];

export const TRAPS: readonly TrapScenario[] = [
  {
    kind: 'IAM documents re-encoded: pretty-printed, keys and statements reordered, lists as strings',
    inject: (items, account) => {
      const role = itemFor(items, account, 'platform/identity/app-role');
      const inline = conf(role).rolePolicyList[0];
      const doc = decodeIam(inline.policyDocument);
      const stmt = doc.Statement[0];
      doc.Statement = [
        {
          Resource: [...stmt.Resource].reverse(),
          Action: [...stmt.Action].reverse(),
          Effect: stmt.Effect,
          Sid: stmt.Sid,
        },
      ];
      inline.policyDocument = encodeIam({ Statement: doc.Statement, Version: doc.Version }, 4);
      const fnRole = itemFor(items, account, 'shared/ops/fn-role');
      const trust = decodeIam(conf(fnRole).assumeRolePolicyDocument);
      trust.Statement[0].Action = ['sts:AssumeRole'];
      trust.Statement[0].Principal.Service = ['lambda.amazonaws.com'];
      conf(fnRole).assumeRolePolicyDocument = encodeIam(trust, 2);
      const bucket = itemFor(items, account, 'platform/storage/assets');
      const policy = JSON.parse(supp(bucket).BucketPolicy.policyText);
      policy.Statement[0].Principal = { AWS: '*' };
      supp(bucket).BucketPolicy.policyText = JSON.stringify(policy);
      return items;
    },
  },
  {
    kind: 'rules, ranges, routes and lists reordered',
    inject: (items, account) => {
      const app = conf(itemFor(items, account, 'platform/network/app-sg'));
      app.ipPermissionsEgress.reverse();
      for (const p of app.ipPermissionsEgress) {
        p.ipv4Ranges.reverse();
        p.ipRanges.reverse();
      }
      const rt = conf(itemFor(items, account, 'platform/network/private-rt'));
      rt.routes.reverse();
      rt.associations.reverse();
      const lb = conf(itemFor(items, account, 'platform/compute/alb'));
      lb.availabilityZones.reverse();
      const asg = conf(itemFor(items, account, 'platform/compute/app-asg'));
      asg.vpczoneIdentifier = asg.vpczoneIdentifier.split(',').reverse().join(',');
      const role = conf(itemFor(items, account, 'platform/identity/app-role'));
      role.tags.reverse();
      return items;
    },
  },
  {
    kind: 'the endpoint policy re-encoded and AWS-owned endpoint and flow log fields changed',
    inject: (items, account) => {
      const endpoint = conf(itemFor(items, account, 'platform/network/s3-endpoint'));
      const policy = JSON.parse(endpoint.policyDocument);
      policy.Statement[0].Action.reverse();
      endpoint.policyDocument = JSON.stringify(policy, null, 4);
      endpoint.state = { value: 'pending' };
      endpoint.creationTimestamp = '2026-11-27T10:00:00.000Z';
      const flowLog = conf(itemFor(items, account, 'platform/network/flow-log'));
      flowLog.deliverLogsStatus = 'FAILED';
      flowLog.deliverLogsErrorMessage = 'Rate limited';
      flowLog.logDestination = `${flowLog.logDestination}:*`;
      return items;
    },
  },
  {
    kind: 'the queue touched and its alarm evaluated: timestamps, the state AWS keeps',
    inject: (items, account) => {
      const queue = conf(itemFor(items, account, 'shared/ops/dlq'));
      queue.LastModifiedTimestamp = '1795170000';
      const alarm = conf(itemFor(items, account, 'shared/ops/dlq-alarm'));
      alarm.alarmConfigurationUpdatedTimestamp = '2026-11-27T10:00:00.000Z';
      alarm.threshold = 0.0;
      const rule = conf(itemFor(items, account, 'shared/ops/config-changes'));
      rule.EventPattern = JSON.stringify({
        'detail-type': ['Config Configuration Item Change'],
        source: ['aws.config'],
      });
      return items;
    },
  },
  {
    kind: 'auto scaling changed the desired capacity',
    inject: edit('platform/compute/app-asg', (item) => (conf(item).desiredCapacity = 5)),
  },
  {
    kind: 'Config re-recorded items with new capture times and state ids',
    inject: (items) =>
      items.map((i) => ({
        ...i,
        configurationItemCaptureTime: '2026-11-27T11:45:00.000Z',
        configurationStateId: Number(i.configurationStateId) + 1000,
      })),
  },
];
