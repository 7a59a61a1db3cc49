import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import { Peer } from './peer';
import { Port } from './port';
import { SecurityGroup } from './security-group';
import { Vpc } from './vpc';

describe('network terraform', () => {
  itPassesTerraform(
    'the default VPC and chained security groups pass terraform validate and a mock apply',
    () => [
      {
        name: 'default_vpc',
        config: synthConstruct((s) => {
          const vpc = new Vpc(s, 'main', {});
          const lb = new SecurityGroup(s, 'lb', { vpc, description: 'Load balancer' });
          const web = new SecurityGroup(s, 'web', { vpc, description: 'Web tier' });
          lb.addIngressRule(Peer.anyIpv4(), Port.tcp(443), 'HTTPS from the internet');
          web.addIngressRule(Peer.securityGroup(lb), Port.tcp(8080), 'From the load balancer');
          web.addEgressRule(Peer.prefixList('pl-63a5400a'), Port.tcp(443), 'To S3');
        }).json,
      },
    ],
  );
});
