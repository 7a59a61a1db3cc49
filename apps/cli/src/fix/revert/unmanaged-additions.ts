// What was added live beside a resource and that `terraform apply` never removes, because the resource leaves it
// unmanaged: a security group rule when the group has no inline `ingress`/`egress` argument (its rules are separate
// resources), a managed policy attached to a role without `managed_policy_arns`. Reverting it takes an explicit AWS
// call, written here.
import type { Difference, ResourceResult } from '@groundwork/drift';
import { isRecord } from '@groundwork/core';

/** The `aws` command that removes a live addition, and what it removes in words. */
export interface RevokeCommand {
  readonly address: string;
  readonly rule: string;
  readonly command: string;
}

/** A word for the shell in single quotes. */
function quoted(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The EC2 IpPermission of a rule as the drift engine normalizes it (`protocol`, ports, one `peer`). */
function ipPermission(rule: Readonly<Record<string, unknown>>): Record<string, unknown> | undefined {
  const protocol = String(rule['protocol'] ?? '');
  const peer = rule['peer'];
  if (protocol === '' || typeof peer !== 'string') return undefined;
  const all = protocol === '-1' || protocol === 'all';
  const permission: Record<string, unknown> = {
    IpProtocol: all ? '-1' : protocol,
    ...(!all && { FromPort: Number(rule['from_port']), ToPort: Number(rule['to_port']) }),
  };
  if (peer.startsWith('sg-')) permission['UserIdGroupPairs'] = [{ GroupId: peer }];
  else if (peer.startsWith('pl-')) permission['PrefixListIds'] = [{ PrefixListId: peer }];
  else if (peer.includes(':')) permission['Ipv6Ranges'] = [{ CidrIpv6: peer }];
  else if (/^\d+\.\d+\.\d+\.\d+\/\d+$/.test(peer)) permission['IpRanges'] = [{ CidrIp: peer }];
  else return undefined;
  return permission;
}

/**
 * The revoke command for a difference of a security group finding, when Terraform cannot revert it: a rule added
 * live (ADD) where the group's resource has no inline argument of that direction. Undefined otherwise.
 */
function revokeRule(
  finding: ResourceResult,
  difference: Difference,
  groupValues: Readonly<Record<string, unknown>> | undefined,
): RevokeCommand | undefined {
  const direction = difference.path;
  if (finding.resourceType !== 'AWS::EC2::SecurityGroup' || !finding.resourceId || !finding.address) return;
  if ((direction !== 'ingress' && direction !== 'egress') || difference.type !== 'ADD') return;
  if (groupValues === undefined || direction in groupValues) return;
  const rule = isRecord(difference.actual) ? ipPermission(difference.actual) : undefined;
  if (!rule) return;
  const region = finding.region ? ` --region ${finding.region}` : '';
  return {
    address: finding.address,
    rule: `${direction} ${JSON.stringify(difference.actual)}`,
    command:
      `aws ec2 revoke-security-group-${direction}${region} --group-id ${finding.resourceId}` +
      ` --ip-permissions ${quoted(JSON.stringify([rule]))}`,
  };
}

/** The detach command for a managed policy attached live to a role that does not list its policies. */
function detachPolicy(
  finding: ResourceResult,
  difference: Difference,
  roleValues: Readonly<Record<string, unknown>> | undefined,
): RevokeCommand | undefined {
  if (finding.resourceType !== 'AWS::IAM::Role' || !finding.address) return;
  if (difference.path !== 'managed_policy_arns' || difference.type !== 'ADD') return;
  if (roleValues === undefined || 'managed_policy_arns' in roleValues) return;
  const name = roleValues['name'];
  if (typeof difference.actual !== 'string' || typeof name !== 'string' || name.includes('${')) return;
  return {
    address: finding.address,
    rule: `managed policy ${difference.actual}`,
    command: `aws iam detach-role-policy --role-name ${quoted(name)} --policy-arn ${quoted(difference.actual)}`,
  };
}

/** The command that removes what a difference says was added live and terraform would leave, if any. */
export function removalCommand(
  finding: ResourceResult,
  difference: Difference,
  values: Readonly<Record<string, unknown>> | undefined,
): RevokeCommand | undefined {
  return revokeRule(finding, difference, values) ?? detachPolicy(finding, difference, values);
}
