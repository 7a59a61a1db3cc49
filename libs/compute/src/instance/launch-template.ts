import { Construct } from 'constructs';
import { Token } from 'cdktf';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { LaunchTemplate as LaunchTemplateResource } from '@cdktf/provider-aws/lib/launch-template';
import type { ISecurityGroup } from '@groundwork/network';
import { AmazonLinux2023Image } from './amazon-linux-image';
import { AL2023_ROOT_DEVICE, checkRootVolumeSize, metadataOptions } from './instance-defaults';
import { CpuArchitecture, architectureOf, checkInstanceType } from './instance-type';
import { UserData, encodeUserData, userDataScript } from './user-data';
import { invalid, isLiteral } from '../internal/validation';
import type { IInstanceRole } from './instance-role';

export interface LaunchTemplateProps {
  /**
   * EC2 instance type, checked against the `family.size` pattern (`t3.small`, `m7g.large`). A token is not
   * checked at synth time.
   */
  readonly instanceType: string;
  /** Security groups of the instances' network interface. At least one. */
  readonly securityGroups: readonly ISecurityGroup[];
  /**
   * The IAM role the instances run as; an instance profile is made for it. The role must trust
   * `ec2.amazonaws.com`, which cannot be checked here.
   */
  readonly instanceRole: IInstanceRole;
  /**
   * AMI id to launch.
   * @default the latest Amazon Linux 2023 for the instance type's architecture, read from AWS's public SSM
   * parameter at plan time
   */
  readonly imageId?: string;
  /**
   * CPU architecture of the default AMI. Ignored when `imageId` is given.
   * @default inferred from the instance type (Graviton families are arm64), x86_64 when it is a token
   */
  readonly architecture?: CpuArchitecture;
  /**
   * Start-up script, as plain text or a `UserData`; it is base64-encoded for the launch template. At most 16 KB.
   * @default no user data
   */
  readonly userData?: UserData | string;
  /**
   * Hops an IMDSv2 token may travel. 1 keeps it on the instance; set 2 when containers on a bridge network
   * must reach the instance metadata service.
   * @default 1
   */
  readonly metadataHopLimit?: number;
  /** Root volume size in GiB (gp3, encrypted); must be at least the AMI's snapshot size. @default 20 */
  readonly rootVolumeSize?: number;
  /**
   * KMS key ARN for root volume encryption.
   * @default the account's default EBS key (`aws/ebs`)
   */
  readonly rootVolumeKmsKeyArn?: string;
  /** Device name of the AMI's root volume. @default '/dev/xvda' (Amazon Linux) */
  readonly rootDeviceName?: string;
  /** One-minute CloudWatch metrics, which let scaling react faster. @default true */
  readonly detailedMonitoring?: boolean;
  /** Prefix of the template and instance profile names, and the Name tag of instances and volumes. @default the construct id */
  readonly name?: string;
}

/**
 * An EC2 launch template with hardened defaults: IMDSv2 only with a hop limit of 1, an encrypted gp3 root
 * volume, no public IP, an instance profile, and the latest Amazon Linux 2023.
 *
 * Every change makes a new template version and becomes the default, so an `AutoScalingTier` that follows
 * `latestVersion` rolls its instances.
 */
export class LaunchTemplate extends Construct {
  readonly launchTemplateId: string;
  /** The newest version number (a token), which changes whenever the template does. */
  readonly latestVersion: number;
  readonly imageId: string;
  readonly instanceType: string;
  readonly instanceProfileArn: string;
  readonly instanceProfileName: string;
  readonly securityGroups: readonly ISecurityGroup[];
  /** The `aws_launch_template` resource. */
  readonly resource: LaunchTemplateResource;

  constructor(scope: Construct, id: string, props: LaunchTemplateProps) {
    super(scope, id);
    const path = this.node.path;
    checkInstanceType(path, 'instanceType', props.instanceType);
    if (props.securityGroups.length === 0) {
      throw invalid(path, 'securityGroups must hold at least one security group, got none');
    }
    const roleName = props.instanceRole.roleName;
    if (isLiteral(roleName) && !/^[\w+=,.@-]{1,64}$/.test(roleName)) {
      throw invalid(
        path,
        `instanceRole.roleName must be an IAM role name (1-64 of letters, digits and +=,.@_-), not an ARN, ` +
          `got "${roleName}"`,
      );
    }
    const rootVolumeSize = props.rootVolumeSize ?? 20;
    checkRootVolumeSize(path, rootVolumeSize);
    const script = userDataScript(path, props.userData);
    const name = props.name ?? id;
    if (isLiteral(name) && !/^[A-Za-z0-9_-]{1,32}$/.test(name)) {
      throw invalid(path, `name must be 1-32 letters, digits, hyphens and underscores, got "${name}"`);
    }

    const profile = new IamInstanceProfile(this, 'profile', {
      namePrefix: `${name}-`,
      role: roleName,
    });
    if (props.architecture !== undefined && !['x86_64', 'arm64'].includes(props.architecture)) {
      throw invalid(path, `architecture must be 'x86_64' or 'arm64', got '${String(props.architecture)}'`);
    }
    const architecture = props.architecture ?? architectureOf(props.instanceType) ?? 'x86_64';
    this.imageId = props.imageId ?? new AmazonLinux2023Image(this, 'ami', { architecture }).imageId;

    const tags = { Name: name };
    this.resource = new LaunchTemplateResource(this, 'template', {
      namePrefix: `${name}-`,
      description: `Launch template of ${name}`,
      imageId: this.imageId,
      instanceType: props.instanceType,
      updateDefaultVersion: true,
      iamInstanceProfile: { arn: profile.arn },
      metadataOptions: metadataOptions(path, props.metadataHopLimit ?? 1),
      monitoring: { enabled: props.detailedMonitoring ?? true },
      // The security groups sit on an explicit interface so the template can also pin "no public IP",
      // whatever the subnet's map_public_ip_on_launch says.
      networkInterfaces: [
        {
          deviceIndex: 0,
          associatePublicIpAddress: 'false',
          deleteOnTermination: 'true',
          securityGroups: props.securityGroups.map((g) => g.securityGroupId),
        },
      ],
      blockDeviceMappings: [
        {
          deviceName: props.rootDeviceName ?? AL2023_ROOT_DEVICE,
          ebs: {
            volumeType: 'gp3',
            volumeSize: rootVolumeSize,
            encrypted: 'true',
            kmsKeyId: props.rootVolumeKmsKeyArn,
            deleteOnTermination: 'true',
          },
        },
      ],
      userData: script === undefined ? undefined : encodeUserData(script),
      tagSpecifications: [
        { resourceType: 'instance', tags },
        { resourceType: 'volume', tags },
      ],
      tags,
    });

    this.launchTemplateId = this.resource.id;
    this.latestVersion = this.resource.latestVersion;
    this.instanceType = props.instanceType;
    this.instanceProfileArn = profile.arn;
    this.instanceProfileName = profile.name;
    this.securityGroups = props.securityGroups;
  }

  /** The latest version as the string that `launch_template.version` takes. */
  get latestVersionString(): string {
    return Token.asString(this.latestVersion);
  }
}
