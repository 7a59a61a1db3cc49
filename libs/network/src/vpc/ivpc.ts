import type { IConstruct } from 'constructs';
import type { SubnetTier } from './subnet-tier';

/**
 * What other constructs need of a VPC, as a structural interface (aws-cdk-lib's `ec2.IVpc` in small): `Vpc`
 * implements it, and so can a VPC made elsewhere. Constructs take an `IVpc`, so none depends on how it was built.
 */
export interface IVpc extends IConstruct {
  readonly vpcId: string;
  /** The VPC's IPv4 block. */
  readonly cidrBlock: string;
  /** The DB subnet group over the isolated tier, when the VPC has that tier. */
  readonly dbSubnetGroupName?: string;
  /** Whether the VPC has subnets of the tier. */
  hasTier(tier: SubnetTier): boolean;
  /** The tier's subnet ids, one per zone in zone order; throws naming the tier when the VPC does not have it. */
  subnetIds(tier: SubnetTier): string[];
}
