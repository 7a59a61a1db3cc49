import { Construct } from 'constructs';
import type { EnvironmentConfig } from '../config/environment';
import { PlatformStack, PlatformStackProps } from './platform-stack';

export interface EnvironmentStackProps extends Omit<PlatformStackProps, 'accountId' | 'region'> {
  readonly env: EnvironmentConfig;
}

/** A stack of one environment: pinned to that environment's account and region. */
export class EnvironmentStack extends PlatformStack {
  constructor(scope: Construct, id: string, props: EnvironmentStackProps) {
    super(scope, id, { ...props, accountId: props.env.accountId, region: props.env.region });
  }
}
