import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { BackendKind, configureBackend } from '../backend';
import type { OrgConfig } from '../config/environment';

export interface PlatformStackProps {
  readonly org: OrgConfig;
  readonly backend: BackendKind;
  /** The account the stack deploys into; the provider refuses any other (`allowed_account_ids`). */
  readonly accountId: string;
  readonly region: string;
}

/** A stack with the AWS provider pinned to one account and region, and the chosen backend. */
export class PlatformStack extends TerraformStack {
  readonly provider: AwsProvider;
  readonly accountId: string;
  readonly region: string;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id);
    this.accountId = props.accountId;
    this.region = props.region;
    this.provider = new AwsProvider(this, 'aws', {
      region: props.region,
      allowedAccountIds: [props.accountId],
    });
    configureBackend(this, props.backend, props.org);
  }
}
