import { NormSet } from '../normalize/norm-values';
import { routeFromConfig, routeFromTerraform } from '../normalize/routes';
import type { Adapter } from './adapter';
import { UNKNOWN, blocks, conf, defined, foldedOf, keys, liveTags, tagsOf } from './helpers';

export const ec2RouteTableAdapter: Adapter = {
  configType: 'AWS::EC2::RouteTable',
  // aws_default_route_table takes over a VPC's main route table: like a table the IaC creates, it has exactly the
  // routes the IaC declares (Terraform removes the others when it adopts the table).
  terraformTypes: ['aws_route_table', 'aws_default_route_table'],
  folds: [
    { type: 'aws_route', parentAttributes: ['route_table_id'] },
    { type: 'aws_route_table_association', parentAttributes: ['route_table_id'] },
  ],
  compared: [
    'vpc_id',
    'routes (set: destination → target)',
    'associations (set of subnet/gateway ids)',
    'tags',
  ],
  joinKey: 'route table id',
  desiredKeys: (_v, s) => keys(s?.['id']),
  liveKeys: (item) => keys(item.resourceId),
  expected: (input) => {
    const routes: unknown[] = [];
    let unknown = false;
    for (const r of [...blocks(input.values['route']), ...foldedOf(input, 'aws_route')]) {
      const n = routeFromTerraform(r);
      if (n === UNKNOWN) unknown = true;
      else if (n) routes.push(n);
    }
    const inlineRoutes = input.values['route'] !== undefined;
    const hasRouteResources = foldedOf(input, 'aws_route').length > 0;
    const assoc = foldedOf(input, 'aws_route_table_association').map(
      (a) => a['subnet_id'] ?? a['gateway_id'],
    );
    return defined({
      vpc_id: input.values['vpc_id'],
      routes: unknown
        ? UNKNOWN
        : input.ownsResource || inlineRoutes || hasRouteResources
          ? new NormSet(routes, input.ownsResource)
          : undefined,
      associations: assoc.includes(UNKNOWN)
        ? UNKNOWN
        : assoc.length > 0 || input.ownsResource
          ? new NormSet(assoc.map(String), input.ownsResource)
          : undefined,
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const routes = blocks(c['routes'])
      .map(routeFromConfig)
      .filter((r) => r !== undefined);
    const assoc = blocks(c['associations'])
      .filter((a) => a['main'] !== true)
      .map((a) => a['subnetId'] ?? a['gatewayId'])
      .filter((x) => typeof x === 'string');
    return {
      vpc_id: c['vpcId'],
      routes: new NormSet(routes),
      associations: new NormSet(assoc),
      tags: liveTags(item),
    };
  },
  awsDefault: (item) =>
    blocks(conf(item)['associations']).some((a) => a['main'] === true)
      ? 'the main route table of its VPC'
      : undefined,
};
