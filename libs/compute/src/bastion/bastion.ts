import { Construct } from 'constructs';
import { IamInstanceProfile } from '@cdktf/provider-aws/lib/iam-instance-profile';
import { Instance } from '@cdktf/provider-aws/lib/instance';
import { ISecurityGroup, IVpc, Peer, Port, SecurityGroup } from '@groundwork/network';
import { AmazonLinux2023Image } from '../instance/amazon-linux-image';
import { checkRootVolumeSize, metadataOptions } from '../instance/instance-defaults';
import { IInstanceRole, SsmInstanceRole } from '../instance/instance-role';
import { architectureOf, checkInstanceType } from '../instance/instance-type';
import { UserData, encodeUserData, userDataScript } from '../instance/user-data';
import { checkIpv4Cidrs, invalid, isLiteral } from '../internal/validation';

export interface BastionProps {
  readonly vpc: IVpc;
  /** A small instance type, checked against `family.size`. @default 't3.micro' */
  readonly instanceType?: string;
  /**
   * IPv4 CIDRs allowed to SSH on port 22. Without them the bastion has no inbound rule at all and is reached
   * through SSM Session Manager. `0.0.0.0/0` (any /0) is refused: list office or VPN ranges.
   * @default none: Session Manager only
   */
  readonly sshAllowedCidrs?: readonly string[];
  /**
   * EC2 key pair for SSH. Only meaningful with `sshAllowedCidrs`; EC2 Instance Connect (installed on Amazon
   * Linux 2023) works without one.
   * @default no key pair
   */
  readonly keyName?: string;
  /**
   * The IAM role the bastion runs as; it must trust ec2.amazonaws.com and allow Session Manager.
   * @default a new role with only the AmazonSSMManagedInstanceCore managed policy
   */
  readonly instanceRole?: IInstanceRole;
  /**
   * Give the bastion a public IPv4 address so the SSM agent reaches Session Manager through the internet
   * gateway. Set false when the VPC has interface endpoints for ssm, ssmmessages and ec2messages.
   * @default true (no inbound rule is opened by it)
   */
  readonly associatePublicIpAddress?: boolean;
  /** AMI id. @default the latest Amazon Linux 2023 for the instance type's architecture (a new AMI replaces the bastion) */
  readonly imageId?: string;
  /** Encrypted gp3 root volume size in GiB. @default 10 */
  readonly rootVolumeSize?: number;
  /** KMS key ARN for the root volume. @default the account's default EBS key */
  readonly rootVolumeKmsKeyArn?: string;
  /** Start-up script; base64-encoded for EC2. At most 16 KB. @default none */
  readonly userData?: UserData | string;
  /** Name tag, and prefix of the role and instance profile names: 1-37 of letters, digits and +=,.@_-. @default the construct id */
  readonly name?: string;
}

/**
 * A small, hardened jump host in the first public subnet: reached through SSM Session Manager by default with no
 * inbound rules; SSH only from an explicit CIDR list; IMDSv2 only; encrypted root volume; egress HTTPS only
 * until `allowConnectionsTo` opens a path to a target group.
 */
export class Bastion extends Construct {
  readonly instanceId: string;
  readonly privateIp: string;
  /** The public IPv4 address (empty when `associatePublicIpAddress` is false). */
  readonly publicIp: string;
  readonly securityGroup: SecurityGroup;
  readonly roleName: string;
  /** The command that opens a shell on the bastion (a string holding a token). */
  readonly startSessionCommand: string;
  /** True when port 22 is open to `sshAllowedCidrs`. */
  readonly sshEnabled: boolean;
  /** The `aws_instance` resource. */
  readonly resource: Instance;

  constructor(scope: Construct, id: string, props: BastionProps) {
    super(scope, id);
    const path = this.node.path;
    const instanceType = props.instanceType ?? 't3.micro';
    checkInstanceType(path, 'instanceType', instanceType);
    if (!props.vpc.hasTier('public')) {
      throw invalid(path, 'the bastion goes in a public subnet, but the VPC has no public tier');
    }
    const sshCidrs = props.sshAllowedCidrs ?? [];
    const open = sshCidrs.find((c) => isLiteral(c) && c.trim().endsWith('/0'));
    if (open !== undefined) {
      throw invalid(
        path,
        `sshAllowedCidrs must not contain "${open}": SSH open to the whole internet is refused. ` +
          'List your office or VPN CIDRs, or leave sshAllowedCidrs unset and use SSM Session Manager',
      );
    }
    checkIpv4Cidrs(path, 'sshAllowedCidrs', sshCidrs);
    if (props.keyName !== undefined && sshCidrs.length === 0) {
      throw invalid(path, 'keyName is only used for SSH: give sshAllowedCidrs too, or drop keyName');
    }
    const rootVolumeSize = props.rootVolumeSize ?? 10;
    checkRootVolumeSize(path, rootVolumeSize);
    const script = userDataScript(path, props.userData);
    const name = props.name ?? id;
    // `${name}-` prefixes the role and instance profile names, which IAM limits to 38 characters before its suffix.
    if (isLiteral(name) && !/^[\w+=,.@-]{1,37}$/.test(name)) {
      throw invalid(
        path,
        `name must be 1-37 of letters, digits and +=,.@_- (it prefixes the IAM role and instance profile names), got "${name}"`,
      );
    }

    this.securityGroup = new SecurityGroup(this, 'security-group', {
      vpc: props.vpc,
      // Stable text: a description change would replace the group.
      description: `Bastion ${name}`,
    });
    // Session Manager, package updates and AWS APIs are all HTTPS.
    this.securityGroup.addEgressRule(
      Peer.anyIpv4(),
      Port.tcp(443),
      'HTTPS to SSM, AWS APIs and package repos',
    );
    for (const cidr of sshCidrs) {
      this.securityGroup.addIngressRule(Peer.ipv4(cidr), Port.tcp(22), `SSH from ${cidr}`);
    }
    this.sshEnabled = sshCidrs.length > 0;

    this.roleName = (
      props.instanceRole ?? new SsmInstanceRole(this, 'role', { namePrefix: `${name}-` })
    ).roleName;
    const profile = new IamInstanceProfile(this, 'profile', { namePrefix: `${name}-`, role: this.roleName });
    const imageId =
      props.imageId ??
      new AmazonLinux2023Image(this, 'ami', { architecture: architectureOf(instanceType) ?? 'x86_64' })
        .imageId;

    this.resource = new Instance(this, 'instance', {
      ami: imageId,
      instanceType,
      subnetId: props.vpc.subnetIds('public')[0],
      vpcSecurityGroupIds: [this.securityGroup.securityGroupId],
      associatePublicIpAddress: props.associatePublicIpAddress ?? true,
      iamInstanceProfile: profile.name,
      keyName: props.keyName,
      metadataOptions: metadataOptions(path, 1),
      rootBlockDevice: {
        volumeType: 'gp3',
        volumeSize: rootVolumeSize,
        encrypted: true,
        kmsKeyId: props.rootVolumeKmsKeyArn,
        deleteOnTermination: true,
        tags: { Name: `${name}-root` },
      },
      userDataBase64: script === undefined ? undefined : encodeUserData(script),
      userDataReplaceOnChange: script !== undefined ? true : undefined,
      tags: { Name: name },
    });
    this.instanceId = this.resource.id;
    this.privateIp = this.resource.privateIp;
    this.publicIp = this.resource.publicIp;
    this.startSessionCommand = `aws ssm start-session --target ${this.instanceId}`;
  }

  /**
   * Opens a path from the bastion to a target group on a port (SSH, or a database for port forwarding through
   * Session Manager): an egress rule here and an ingress rule on the target that references this group.
   */
  allowConnectionsTo(target: ISecurityGroup, port: Port, description: string): void {
    this.securityGroup.addEgressRule(Peer.securityGroup(target), port, description);
    target.addIngressRule(Peer.securityGroup(this.securityGroup), port, description);
  }
}
