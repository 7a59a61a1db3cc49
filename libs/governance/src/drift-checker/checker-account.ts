// The account the drift checker is deployed to, as Terraform resolves it at plan time.
import type { Construct } from 'constructs';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity';
import { DataAwsPartition } from '@cdktf/provider-aws/lib/data-aws-partition';
import { DataAwsRegion } from '@cdktf/provider-aws/lib/data-aws-region';

export interface CheckerAccount {
  readonly partition: string;
  readonly region: string;
  readonly accountId: string;
}

/** The partition, region and account id data sources, in the checker's scope. */
export function checkerAccount(scope: Construct): CheckerAccount {
  return {
    partition: new DataAwsPartition(scope, 'partition').partition,
    region: new DataAwsRegion(scope, 'region').name,
    accountId: new DataAwsCallerIdentity(scope, 'account').accountId,
  };
}
