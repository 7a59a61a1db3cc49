import { Construct } from 'constructs';
import { Vpc } from '../index';

/** A data-only network with no route to the internet at all: no public tier, no NAT, no internet gateway. */
export function isolatedVpc(scope: Construct): void {
  new Vpc(scope, 'network', {
    name: 'vault',
    natMode: 'none',
    tiers: { isolated: { prefixLength: 24 } },
    interfaceEndpoints: ['kms', 'secretsmanager'],
  });
}
