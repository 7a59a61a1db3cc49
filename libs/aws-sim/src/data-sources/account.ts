// The account, partition and region the stacks are applied in, and the region's load balancer log account.
import { elbLogAccount, regionDescription } from '../aws-regions';
import type { DataSourceReader } from './data-source';

export const readCallerIdentity: DataSourceReader = (_name, _v, ctx) => ({
  id: ctx.account,
  account_id: ctx.account,
  arn: `arn:aws:sts::${ctx.account}:assumed-role/GroundworkDeploy/terraform`,
  user_id: `AROA${ctx.ids.upper(17)}:terraform`,
});

export const readPartition: DataSourceReader = () => ({
  id: 'aws',
  partition: 'aws',
  dns_suffix: 'amazonaws.com',
  reverse_dns_prefix: 'com.amazonaws',
});

export const readRegion: DataSourceReader = (_name, _v, { region }) => ({
  id: region,
  name: region,
  region,
  endpoint: `ec2.${region}.amazonaws.com`,
  description: regionDescription(region),
});

/** The regional Elastic Load Balancing account that writes access logs (eu-west-1's is 156460612806). */
export const readElbServiceAccount: DataSourceReader = (_name, _v, { region }) => {
  const elbAccount = elbLogAccount(region);
  return { id: elbAccount, arn: `arn:aws:iam::${elbAccount}:root` };
};
