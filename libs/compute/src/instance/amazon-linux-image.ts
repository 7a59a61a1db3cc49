import { Construct } from 'constructs';
import { DataAwsSsmParameter } from '@cdktf/provider-aws/lib/data-aws-ssm-parameter';
import { CpuArchitecture } from './instance-type';

export interface AmazonLinux2023ImageProps {
  /** CPU architecture of the image. @default 'x86_64' */
  readonly architecture?: CpuArchitecture;
}

/** The public SSM parameter AWS keeps pointing at the latest Amazon Linux 2023 AMI for an architecture. */
export function amazonLinux2023Parameter(architecture: CpuArchitecture): string {
  return `/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-${architecture}`;
}

/**
 * The latest Amazon Linux 2023 AMI, read at plan time from AWS's public SSM parameter (no account-specific AMI
 * ids in code, and every region resolves its own). When AWS publishes a new AMI, the next apply picks it up.
 */
export class AmazonLinux2023Image extends Construct {
  /** The AMI id (a token resolved at plan time). */
  readonly imageId: string;
  /** The SSM parameter the id comes from. */
  readonly parameterName: string;

  constructor(scope: Construct, id: string, props: AmazonLinux2023ImageProps = {}) {
    super(scope, id);
    this.parameterName = amazonLinux2023Parameter(props.architecture ?? 'x86_64');
    const parameter = new DataAwsSsmParameter(this, 'parameter', { name: this.parameterName });
    // insecure_value: an AMI id is public, and the sensitive `value` would hide every AMI change in plans.
    this.imageId = parameter.insecureValue;
  }
}
