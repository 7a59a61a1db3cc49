// The e2e fixture: a small but complete estate written with raw provider classes, in two stacks, so the drift check
// is exercised on real synthesized Terraform JSON (construct paths, references, default_tags, lifecycle).
import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { AutoscalingPolicy } from '@cdktf/provider-aws/lib/autoscaling-policy';
import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { DefaultRouteTable } from '@cdktf/provider-aws/lib/default-route-table';
import { DefaultSecurityGroup } from '@cdktf/provider-aws/lib/default-security-group';
import { Eip } from '@cdktf/provider-aws/lib/eip';
import { FlowLog } from '@cdktf/provider-aws/lib/flow-log';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { Instance } from '@cdktf/provider-aws/lib/instance';
import { InternetGateway } from '@cdktf/provider-aws/lib/internet-gateway';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { LambdaPermission } from '@cdktf/provider-aws/lib/lambda-permission';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Lb } from '@cdktf/provider-aws/lib/lb';
import { LbListener } from '@cdktf/provider-aws/lib/lb-listener';
import { LbTargetGroup } from '@cdktf/provider-aws/lib/lb-target-group';
import { NatGateway } from '@cdktf/provider-aws/lib/nat-gateway';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Route } from '@cdktf/provider-aws/lib/route';
import { RouteTable } from '@cdktf/provider-aws/lib/route-table';
import { RouteTableAssociation } from '@cdktf/provider-aws/lib/route-table-association';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { SecretsmanagerSecret } from '@cdktf/provider-aws/lib/secretsmanager-secret';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { SecurityGroupRule } from '@cdktf/provider-aws/lib/security-group-rule';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { VpcEndpoint } from '@cdktf/provider-aws/lib/vpc-endpoint';
import { VpcSecurityGroupEgressRule } from '@cdktf/provider-aws/lib/vpc-security-group-egress-rule';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { Tagging } from '@groundwork/governance';
import { App, Aspects, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';

export const FIXTURE_ACCOUNT = '123456789012';
export const FIXTURE_REGION = 'eu-west-1';
export const ASSETS_BUCKET = `groundwork-e2e-assets-${FIXTURE_ACCOUNT}`;
export const LOGS_BUCKET = `groundwork-e2e-logs-${FIXTURE_ACCOUNT}`;
const COST_TAGS = { project: 'groundwork-e2e', environment: 'e2e', owner: 'groundwork' } as const;

/** The AWS provider and the governance `Tagging` aspect (cost tags as default_tags, `iac:*` identity tags). */
function provider(stack: TerraformStack): void {
  new AwsProvider(stack, 'aws', { region: FIXTURE_REGION, allowedAccountIds: [FIXTURE_ACCOUNT] });
  Aspects.of(stack).add(new Tagging(COST_TAGS));
}

const trust = (service: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: { Service: service }, Action: 'sts:AssumeRole' }],
  });

/** Network, compute, load balancing, storage and database: the `platform` stack. */
function platformStack(app: App): void {
  const stack = new TerraformStack(app, 'platform');
  provider(stack);
  const [network, storage, identity, compute, database] = [
    'network',
    'storage',
    'identity',
    'compute',
    'database',
  ].map((id) => new Construct(stack, id));

  const vpc = new Vpc(network, 'vpc', {
    cidrBlock: '10.20.0.0/16',
    enableDnsHostnames: true,
    enableDnsSupport: true,
    tags: { Name: 'platform' },
  });
  const subnet = (id: string, cidr: string, az: string, isPublic: boolean) =>
    new Subnet(network, id, {
      vpcId: vpc.id,
      cidrBlock: cidr,
      availabilityZone: az,
      mapPublicIpOnLaunch: isPublic,
      tags: { Name: `platform-${id}`, Tier: isPublic ? 'public' : 'private' },
    });
  const publicA = subnet('public-a', '10.20.0.0/24', 'eu-west-1a', true);
  const publicB = subnet('public-b', '10.20.1.0/24', 'eu-west-1b', true);
  const privateA = subnet('private-a', '10.20.16.0/20', 'eu-west-1a', false);
  const privateB = subnet('private-b', '10.20.32.0/20', 'eu-west-1b', false);

  const igw = new InternetGateway(network, 'igw', { vpcId: vpc.id, tags: { Name: 'platform' } });
  const natEip = new Eip(network, 'nat-eip', { domain: 'vpc', tags: { Name: 'platform-nat' } });
  const nat = new NatGateway(network, 'nat', {
    allocationId: natEip.allocationId,
    subnetId: publicA.id,
    tags: { Name: 'platform-nat' },
    dependsOn: [igw],
  });

  // Public routes as separate aws_route resources, private routes inline: both forms fold into the route table.
  const publicRt = new RouteTable(network, 'public-rt', { vpcId: vpc.id, tags: { Name: 'platform-public' } });
  new Route(network, 'public-default', {
    routeTableId: publicRt.id,
    destinationCidrBlock: '0.0.0.0/0',
    gatewayId: igw.id,
  });
  const privateRt = new RouteTable(network, 'private-rt', {
    vpcId: vpc.id,
    route: [{ cidrBlock: '0.0.0.0/0', natGatewayId: nat.id }],
    tags: { Name: 'platform-private' },
  });
  new RouteTableAssociation(network, 'public-a-rta', { subnetId: publicA.id, routeTableId: publicRt.id });
  new RouteTableAssociation(network, 'public-b-rta', { subnetId: publicB.id, routeTableId: publicRt.id });
  new RouteTableAssociation(network, 'private-a-rta', { subnetId: privateA.id, routeTableId: privateRt.id });
  new RouteTableAssociation(network, 'private-b-rta', { subnetId: privateB.id, routeTableId: privateRt.id });

  // AWS's own main route table and default security group, taken over and emptied: nothing may use them.
  new DefaultRouteTable(network, 'default-rt', {
    defaultRouteTableId: vpc.defaultRouteTableId,
    route: [],
    tags: { Name: 'platform-main-unused' },
  });
  new DefaultSecurityGroup(network, 'default-sg', {
    vpcId: vpc.id,
    ingress: [],
    egress: [],
    tags: { Name: 'platform-default-do-not-use' },
  });

  // S3 through a gateway endpoint of the private route table, limited to the estate's own buckets.
  new VpcEndpoint(network, 's3-endpoint', {
    vpcId: vpc.id,
    serviceName: `com.amazonaws.${FIXTURE_REGION}.s3`,
    vpcEndpointType: 'Gateway',
    routeTableIds: [privateRt.id],
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'EstateBucketsOnly',
          Effect: 'Allow',
          Principal: '*',
          Action: ['s3:GetObject', 's3:PutObject', 's3:ListBucket'],
          Resource: [`arn:aws:s3:::groundwork-e2e-*`, `arn:aws:s3:::groundwork-e2e-*/*`],
        },
      ],
    }),
    tags: { Name: 'platform-s3' },
  });

  // Flow logs of the whole VPC to CloudWatch Logs.
  const flowLogGroup = new CloudwatchLogGroup(network, 'flow-log-group', {
    name: '/vpc/platform/flow-logs',
    retentionInDays: 365,
  });
  const flowLogRole = new IamRole(network, 'flow-log-role', {
    name: 'platform-flow-logs',
    assumeRolePolicy: trust('vpc-flow-logs.amazonaws.com'),
  });
  new FlowLog(network, 'flow-log', {
    vpcId: vpc.id,
    trafficType: 'ALL',
    logDestination: flowLogGroup.arn,
    iamRoleArn: flowLogRole.arn,
    maxAggregationInterval: 60,
    tags: { Name: 'platform-flow-logs' },
  });

  // Security groups in all three rule styles: per-rule resources, inline rules, legacy aws_security_group_rule.
  const albSg = new SecurityGroup(network, 'alb-sg', {
    name: 'platform-alb',
    description: 'Load balancer: HTTP from the internet',
    vpcId: vpc.id,
    tags: { Name: 'platform-alb' },
  });
  new VpcSecurityGroupIngressRule(network, 'alb-http-in', {
    securityGroupId: albSg.id,
    ipProtocol: 'tcp',
    fromPort: 80,
    toPort: 80,
    cidrIpv4: '0.0.0.0/0',
    description: 'HTTP from anywhere',
  });
  new VpcSecurityGroupEgressRule(network, 'alb-to-vpc', {
    securityGroupId: albSg.id,
    ipProtocol: 'tcp',
    fromPort: 8080,
    toPort: 8080,
    cidrIpv4: '10.20.0.0/16',
    description: 'to the app tier',
  });
  const appSg = new SecurityGroup(network, 'app-sg', {
    name: 'platform-app',
    description: 'App tier: 8080 from the load balancer',
    vpcId: vpc.id,
    ingress: [
      {
        description: 'from the load balancer',
        protocol: 'tcp',
        fromPort: 8080,
        toPort: 8080,
        securityGroups: [albSg.id],
      },
    ],
    egress: [
      { description: 'HTTPS out', protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] },
      {
        description: 'Postgres',
        protocol: 'tcp',
        fromPort: 5432,
        toPort: 5432,
        cidrBlocks: ['10.20.16.0/20', '10.20.32.0/20'],
      },
    ],
    tags: { Name: 'platform-app' },
  });
  const dbSg = new SecurityGroup(network, 'db-sg', {
    name: 'platform-db',
    description: 'Database: Postgres from the app tier',
    vpcId: vpc.id,
    tags: { Name: 'platform-db' },
  });
  new SecurityGroupRule(network, 'db-from-app', {
    type: 'ingress',
    securityGroupId: dbSg.id,
    protocol: 'tcp',
    fromPort: 5432,
    toPort: 5432,
    sourceSecurityGroupId: appSg.id,
  });
  const bastionSg = new SecurityGroup(network, 'bastion-sg', {
    name: 'platform-bastion',
    description: 'Bastion: no inbound, SSM only',
    vpcId: vpc.id,
    egress: [{ protocol: 'tcp', fromPort: 443, toPort: 443, cidrBlocks: ['0.0.0.0/0'] }],
    tags: { Name: 'platform-bastion' },
  });

  // Storage: a log bucket and an assets bucket with every sub-resource.
  const logs = new S3Bucket(storage, 'logs', { bucket: LOGS_BUCKET, tags: { Name: 'logs' } });
  const assets = new S3Bucket(storage, 'assets', { bucket: ASSETS_BUCKET, tags: { Name: 'assets' } });
  new S3BucketVersioningA(storage, 'assets-versioning', {
    bucket: assets.id,
    versioningConfiguration: { status: 'Enabled' },
  });
  new S3BucketServerSideEncryptionConfigurationA(storage, 'assets-encryption', {
    bucket: assets.id,
    rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms' }, bucketKeyEnabled: true }],
  });
  new S3BucketPublicAccessBlock(storage, 'assets-public-access', {
    bucket: assets.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new S3BucketOwnershipControls(storage, 'assets-ownership', {
    bucket: assets.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
  new S3BucketLoggingA(storage, 'assets-logging', {
    bucket: assets.id,
    targetBucket: logs.id,
    targetPrefix: 'assets/',
  });
  new S3BucketLifecycleConfiguration(storage, 'assets-lifecycle', {
    bucket: assets.id,
    rule: [
      {
        id: 'expire-old-versions',
        status: 'Enabled',
        filter: [{ prefix: '' }],
        noncurrentVersionExpiration: [{ noncurrentDays: 90 }],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: 7 }],
      },
    ],
  });
  new S3BucketPolicy(storage, 'assets-policy', {
    bucket: assets.id,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'DenyInsecureTransport',
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: [`arn:aws:s3:::${ASSETS_BUCKET}`, `arn:aws:s3:::${ASSETS_BUCKET}/*`],
          Condition: { Bool: { 'aws:SecureTransport': 'false' } },
        },
      ],
    }),
  });

  // Identity for the app instances: trust policy, a managed attachment, an inline policy, an instance profile.
  const appRole = new IamRole(identity, 'app-role', {
    name: 'platform-app',
    assumeRolePolicy: trust('ec2.amazonaws.com'),
    maxSessionDuration: 3600,
    tags: { Name: 'platform-app' },
  });
  new IamRolePolicyAttachment(identity, 'app-ssm', {
    role: appRole.name,
    policyArn: 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
  });
  new IamRolePolicy(identity, 'app-read-assets', {
    name: 'read-assets',
    role: appRole.id,
    policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ReadAssets',
          Effect: 'Allow',
          Action: ['s3:GetObject', 's3:ListBucket'],
          Resource: [`${assets.arn}`, `${assets.arn}/*`],
        },
      ],
    }),
  });
  const profile = new IamInstanceProfile(identity, 'app-profile', {
    name: 'platform-app',
    role: appRole.name,
  });

  // Compute: launch template, auto scaling group behind an ALB, and a bastion instance.
  const lt = new LaunchTemplate(compute, 'app-lt', {
    name: 'platform-app',
    imageId: 'ami-0d64bb532e0502c46',
    instanceType: 't3.small',
    iamInstanceProfile: { name: profile.name },
    vpcSecurityGroupIds: [appSg.id],
    metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required', httpPutResponseHopLimit: 1 },
    blockDeviceMappings: [
      { deviceName: '/dev/xvda', ebs: { volumeSize: 20, volumeType: 'gp3', encrypted: 'true' } },
    ],
    tags: { Name: 'platform-app' },
  });
  const alb = new Lb(compute, 'alb', {
    name: 'platform-alb',
    internal: false,
    loadBalancerType: 'application',
    securityGroups: [albSg.id],
    subnets: [publicA.id, publicB.id],
    dropInvalidHeaderFields: true,
    tags: { Name: 'platform-alb' },
  });
  const tg = new LbTargetGroup(compute, 'app-tg', {
    name: 'platform-app',
    port: 8080,
    protocol: 'HTTP',
    vpcId: vpc.id,
    healthCheck: { path: '/health', matcher: '200' },
  });
  new LbListener(compute, 'http', {
    loadBalancerArn: alb.arn,
    port: 80,
    protocol: 'HTTP',
    defaultAction: [{ type: 'forward', targetGroupArn: tg.arn }],
  });
  const appAsg = new AutoscalingGroup(compute, 'app-asg', {
    name: 'platform-app',
    minSize: 2,
    maxSize: 6,
    desiredCapacity: 2,
    vpcZoneIdentifier: [privateA.id, privateB.id],
    targetGroupArns: [tg.arn],
    healthCheckType: 'ELB',
    healthCheckGracePeriod: 120,
    launchTemplate: { id: lt.id, version: '$Latest' },
    tag: [{ key: 'Name', value: 'platform-app', propagateAtLaunch: true }],
  });
  new AutoscalingPolicy(compute, 'app-cpu', {
    name: 'platform-app-cpu',
    autoscalingGroupName: appAsg.name,
    policyType: 'TargetTrackingScaling',
    targetTrackingConfiguration: {
      predefinedMetricSpecification: { predefinedMetricType: 'ASGAverageCPUUtilization' },
      targetValue: 50,
    },
  });
  new Instance(compute, 'bastion', {
    ami: 'ami-0d64bb532e0502c46',
    instanceType: 't3.micro',
    subnetId: privateA.id,
    vpcSecurityGroupIds: [bastionSg.id],
    iamInstanceProfile: profile.name,
    metadataOptions: { httpEndpoint: 'enabled', httpTokens: 'required' },
    monitoring: true,
    tags: { Name: 'platform-bastion' },
  });

  // Database.
  const dbSubnets = new DbSubnetGroup(database, 'db-subnets', {
    name: 'platform-db',
    subnetIds: [privateA.id, privateB.id],
    tags: { Name: 'platform-db' },
  });
  new DbInstance(database, 'db', {
    identifier: 'platform-db',
    engine: 'postgres',
    engineVersion: '16.3',
    instanceClass: 'db.t4g.medium',
    allocatedStorage: 50,
    storageType: 'gp3',
    storageEncrypted: true,
    multiAz: true,
    publiclyAccessible: false,
    username: 'app',
    manageMasterUserPassword: true,
    dbSubnetGroupName: dbSubnets.name,
    vpcSecurityGroupIds: [dbSg.id],
    backupRetentionPeriod: 7,
    deletionProtection: true,
    skipFinalSnapshot: false,
    finalSnapshotIdentifier: 'platform-db-final',
    tags: { Name: 'platform-db' },
  });
}

/** Keys, secrets, notifications and a function: the `shared` stack. */
function sharedStack(app: App): void {
  const stack = new TerraformStack(app, 'shared');
  provider(stack);
  const security = new Construct(stack, 'security');
  const ops = new Construct(stack, 'ops');

  const key = new KmsKey(security, 'key', {
    description: 'groundwork shared data key',
    enableKeyRotation: true,
    deletionWindowInDays: 30,
    tags: { Name: 'shared' },
  });
  new KmsAlias(security, 'key-alias', { name: 'alias/groundwork-shared', targetKeyId: key.keyId });
  new SnsTopic(ops, 'alerts', {
    name: 'groundwork-drift-alerts',
    displayName: 'Drift alerts',
    kmsMasterKeyId: 'alias/aws/sns',
    tags: { Name: 'alerts' },
  });
  new SecretsmanagerSecret(security, 'api-token', {
    name: 'groundwork/api-token',
    description: 'Token for the deploy API',
    kmsKeyId: key.arn,
    recoveryWindowInDays: 30,
    tags: { Name: 'api-token' },
  });
  const fnRole = new IamRole(ops, 'fn-role', {
    name: 'shared-drift-fn',
    assumeRolePolicy: trust('lambda.amazonaws.com'),
    tags: { Name: 'shared-drift-fn' },
  });
  new IamRolePolicyAttachment(ops, 'fn-logs', {
    role: fnRole.name,
    policyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
  });
  const dlq = new SqsQueue(ops, 'dlq', {
    name: 'groundwork-drift-dlq',
    messageRetentionSeconds: 1209600,
    sqsManagedSseEnabled: true,
    tags: { Name: 'drift-dlq' },
  });
  const fn = new LambdaFunction(ops, 'fn', {
    functionName: 'groundwork-drift-check',
    role: fnRole.arn,
    handler: 'index.handler',
    runtime: 'nodejs20.x',
    filename: 'drift-checker.zip',
    sourceCodeHash: 'n7G4dVX8Q1sF0m1n8w2H1yRZpA7cXWk3l9bJ5e6T0uQ=',
    memorySize: 512,
    timeout: 60,
    architectures: ['arm64'],
    tracingConfig: { mode: 'Active' },
    deadLetterConfig: { targetArn: dlq.arn },
    tags: { Name: 'drift-check' },
  });
  const changes = new CloudwatchEventRule(ops, 'config-changes', {
    name: 'groundwork-config-changes',
    description: 'AWS Config item changes',
    eventPattern: JSON.stringify({
      source: ['aws.config'],
      'detail-type': ['Config Configuration Item Change'],
    }),
    tags: { Name: 'config-changes' },
  });
  new CloudwatchEventTarget(ops, 'config-changes-target', { rule: changes.name, arn: fn.arn });
  new LambdaPermission(ops, 'allow-events', {
    functionName: fn.functionName,
    statementId: 'AllowConfigChangeEvents',
    action: 'lambda:InvokeFunction',
    principal: 'events.amazonaws.com',
    sourceArn: changes.arn,
  });
  new CloudwatchMetricAlarm(ops, 'dlq-alarm', {
    alarmName: 'groundwork-drift-dlq-not-empty',
    alarmDescription: 'Events the drift check could not handle',
    namespace: 'AWS/SQS',
    metricName: 'ApproximateNumberOfMessagesVisible',
    dimensions: { QueueName: dlq.name },
    statistic: 'Maximum',
    period: 300,
    evaluationPeriods: 1,
    threshold: 0,
    comparisonOperator: 'GreaterThanThreshold',
    treatMissingData: 'notBreaching',
    tags: { Name: 'dlq-alarm' },
  });
  new IamOpenidConnectProvider(security, 'github', {
    url: 'https://token.actions.githubusercontent.com',
    clientIdList: ['sts.amazonaws.com'],
    thumbprintList: ['6938fd4d98bab03faadb97b34396831e3780aea1'],
    tags: { Name: 'github' },
  });
}

/** The fixture app; `app.synth()` writes `manifest.json` and `stacks/<stack>/cdk.tf.json` under `outdir`. */
export function buildFixtureApp(outdir: string): App {
  const app = new App({ outdir, skipValidation: false });
  platformStack(app);
  sharedStack(app);
  return app;
}
