import { Construct } from 'constructs';
import { IVpc, Peer, Port, SecurityGroup } from '@groundwork/network';
import { ApplicationLoadBalancer, IAccessLogBucket } from '../load-balancer/application-load-balancer';
import { AutoScalingTier } from '../auto-scaling/auto-scaling-tier';
import { IInstanceRole, SsmInstanceRole } from '../instance/instance-role';
import { LaunchTemplate } from '../instance/launch-template';
import { UserData } from '../instance/user-data';
import { invalid } from '../internal/validation';

/** One tier of `WebAppTiers`: its instances and how they are checked and scaled. */
export interface TierOptions {
  /** EC2 instance type, `family.size`. @default 't3.small' */
  readonly instanceType?: string;
  /** @default 2 */
  readonly minCapacity?: number;
  /** @default three times minCapacity */
  readonly maxCapacity?: number;
  /** Capacity at creation; later changes are left to scaling. @default minCapacity */
  readonly desiredCapacity?: number;
  /** Port the instances serve HTTP on. @default 80 for web, 8080 for app */
  readonly port?: number;
  /** Path the load balancer probes. @default '/' */
  readonly healthCheckPath?: string;
  /** Start-up script. @default none */
  readonly userData?: UserData | string;
  /**
   * The IAM role the instances run as (it must trust ec2.amazonaws.com), e.g. a `ServiceRole`.
   * @default a new role with only AmazonSSMManagedInstanceCore
   */
  readonly instanceRole?: IInstanceRole;
  /** AMI id. @default the latest Amazon Linux 2023 */
  readonly imageId?: string;
  /** Average CPU the tier keeps. @default 50 */
  readonly cpuTargetPercent?: number;
  /** Requests per instance per minute the tier keeps. @default 1000 */
  readonly requestsPerTarget?: number;
}

export interface WebAppTiersProps {
  /** A VPC with public and private tiers. */
  readonly vpc: IVpc;
  /** ACM certificate ARN of the public load balancer's HTTPS listener. */
  readonly certificateArn: string;
  /**
   * ACM certificate ARN of the internal load balancer, for the name the web tier calls the app tier by.
   * @default certificateArn
   */
  readonly internalCertificateArn?: string;
  /**
   * The bucket for both load balancers' access logs, under `<name>/public` and `<name>/internal`, e.g. a
   * `SecureBucket` on which `allowLoadBalancerAccessLogs()` was called. Required unless `disableAccessLogs` is true.
   * @default none: then `disableAccessLogs: true` must be given
   */
  readonly accessLogsBucket?: IAccessLogBucket;
  /** Run both load balancers without access logs. @default false */
  readonly disableAccessLogs?: boolean;
  /** IPv4 CIDRs that may reach the public load balancer. @default ['0.0.0.0/0'] */
  readonly allowedCidrs?: readonly string[];
  /** Deletion protection of both load balancers. @default true */
  readonly deletionProtection?: boolean;
  /** @default { port: 80 } */
  readonly web?: TierOptions;
  /** @default { port: 8080 } */
  readonly app?: TierOptions;
  /** Prefix of names and tags. @default the construct id */
  readonly name?: string;
}

/**
 * The classic three-tier front: a public load balancer → a web tier auto-scaling in the private subnets → an
 * internal load balancer → an app tier auto-scaling in the private subnets. Security groups chain, each
 * admitting only the one before it by group reference; `appSecurityGroup` is what a database admits.
 *
 * Both tiers may also send HTTPS anywhere (through NAT) for Session Manager, AWS APIs and package repositories.
 * Add egress for anything else, e.g. `appSecurityGroup.addEgressRule(Peer.securityGroup(db), Port.tcp(5432), …)`.
 */
export class WebAppTiers extends Construct {
  readonly publicLoadBalancer: ApplicationLoadBalancer;
  readonly internalLoadBalancer: ApplicationLoadBalancer;
  readonly webTier: AutoScalingTier;
  readonly appTier: AutoScalingTier;
  readonly webLaunchTemplate: LaunchTemplate;
  readonly appLaunchTemplate: LaunchTemplate;
  /** Admits 443/80 from `allowedCidrs`. */
  readonly publicLoadBalancerSecurityGroup: SecurityGroup;
  /** Admits the web port from the public load balancer only. */
  readonly webSecurityGroup: SecurityGroup;
  /** Admits 443/80 from the web tier only. */
  readonly internalLoadBalancerSecurityGroup: SecurityGroup;
  /** Admits the app port from the internal load balancer only; a database admits this group. */
  readonly appSecurityGroup: SecurityGroup;

  constructor(scope: Construct, id: string, props: WebAppTiersProps) {
    super(scope, id);
    const path = this.node.path;
    for (const tier of ['public', 'private'] as const) {
      if (!props.vpc.hasTier(tier)) {
        throw invalid(
          path,
          `WebAppTiers needs a VPC with public and private subnets; it has no ${tier} tier`,
        );
      }
    }
    if (props.accessLogsBucket === undefined && !props.disableAccessLogs) {
      throw invalid(
        path,
        'accessLogsBucket is required: give the S3 bucket for load balancer logs, or set disableAccessLogs: true',
      );
    }
    const name = props.name ?? id;
    const web = props.web ?? {};
    const app = props.app ?? {};
    const logsFor = (lb: string) =>
      props.accessLogsBucket === undefined
        ? undefined
        : { bucket: props.accessLogsBucket, prefix: `${name}/${lb}` };
    const disableAccessLogs = props.accessLogsBucket === undefined ? true : undefined;

    this.publicLoadBalancer = new ApplicationLoadBalancer(this, 'public-alb', {
      vpc: props.vpc,
      scheme: 'internet-facing',
      certificateArn: props.certificateArn,
      allowedCidrs: props.allowedCidrs,
      accessLogs: logsFor('public'),
      disableAccessLogs,
      deletionProtection: props.deletionProtection,
      defaultTarget: { port: web.port ?? 80, healthCheck: { path: web.healthCheckPath ?? '/' } },
    });
    this.publicLoadBalancerSecurityGroup = this.publicLoadBalancer.securityGroup;

    this.webSecurityGroup = this.tierSecurityGroup(props.vpc, 'web', name);
    this.webLaunchTemplate = this.launchTemplate('web', name, web, this.webSecurityGroup);
    this.webTier = this.autoScalingTier(
      'web',
      name,
      props.vpc,
      web,
      this.webLaunchTemplate,
      this.publicLoadBalancer,
    );

    this.internalLoadBalancer = new ApplicationLoadBalancer(this, 'internal-alb', {
      vpc: props.vpc,
      scheme: 'internal',
      certificateArn: props.internalCertificateArn ?? props.certificateArn,
      allowedSecurityGroups: [this.webSecurityGroup],
      // the web tier is configured with the HTTPS URL; a redirect listener would only widen the group
      redirectHttp: false,
      accessLogs: logsFor('internal'),
      disableAccessLogs,
      deletionProtection: props.deletionProtection,
      defaultTarget: { port: app.port ?? 8080, healthCheck: { path: app.healthCheckPath ?? '/' } },
    });
    this.internalLoadBalancerSecurityGroup = this.internalLoadBalancer.securityGroup;
    this.webSecurityGroup.addEgressRule(
      Peer.securityGroup(this.internalLoadBalancerSecurityGroup),
      Port.tcp(443),
      'HTTPS to the internal load balancer',
    );

    this.appSecurityGroup = this.tierSecurityGroup(props.vpc, 'app', name);
    this.appLaunchTemplate = this.launchTemplate('app', name, app, this.appSecurityGroup);
    this.appTier = this.autoScalingTier(
      'app',
      name,
      props.vpc,
      app,
      this.appLaunchTemplate,
      this.internalLoadBalancer,
    );
  }

  private tierSecurityGroup(vpc: IVpc, tier: 'web' | 'app', name: string): SecurityGroup {
    const group = new SecurityGroup(this, `${tier}-security-group`, {
      vpc,
      description: `${name} ${tier} tier instances`,
    });
    group.addEgressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS to SSM, AWS APIs and package repos');
    return group;
  }

  private launchTemplate(
    tier: 'web' | 'app',
    name: string,
    options: TierOptions,
    group: SecurityGroup,
  ): LaunchTemplate {
    const instanceRole =
      options.instanceRole ?? new SsmInstanceRole(this, `${tier}-role`, { namePrefix: `${name}-${tier}-` });
    return new LaunchTemplate(this, `${tier}-launch-template`, {
      instanceType: options.instanceType ?? 't3.small',
      securityGroups: [group],
      instanceRole,
      imageId: options.imageId,
      userData: options.userData,
      name: `${name}-${tier}`,
    });
  }

  private autoScalingTier(
    tier: 'web' | 'app',
    name: string,
    vpc: IVpc,
    options: TierOptions,
    launchTemplate: LaunchTemplate,
    loadBalancer: ApplicationLoadBalancer,
  ): AutoScalingTier {
    return new AutoScalingTier(this, tier, {
      vpc,
      subnetTier: 'private',
      launchTemplate,
      targetGroup: loadBalancer.defaultTargetGroup,
      minCapacity: options.minCapacity,
      maxCapacity: options.maxCapacity,
      desiredCapacity: options.desiredCapacity,
      cpuTargetPercent: options.cpuTargetPercent,
      requestsPerTarget: options.requestsPerTarget,
      name: `${name}-${tier}`,
    });
  }
}
