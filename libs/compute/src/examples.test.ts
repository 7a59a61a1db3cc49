import { itPassesTerraform, synthConstruct } from '@groundwork/testing';
import { bastionExample } from './examples/bastion.example';
import { loadBalancerExample } from './examples/load-balancer.example';
import { webAppTiersExample } from './examples/web-app-tiers.example';

const examples = {
  'web-app-tiers': webAppTiersExample,
  bastion: bastionExample,
  'load-balancer': loadBalancerExample,
};

describe('examples', () => {
  itPassesTerraform('every example passes terraform validate and a mock apply', () =>
    Object.entries(examples).map(([name, build]) => ({
      name,
      config: synthConstruct((stack) => void build(stack)).json,
    })),
  );
});
