import { companions, withoutCompanion } from '../../inspect/companions';
import { GuardRule } from '../../model';

export const vpcFlowLogs: GuardRule = {
  id: 'GW-NET-005',
  severity: 'error',
  title: 'VPC must have flow logs',
  why: 'Without flow logs there is no record of which addresses talked to what, so intrusions and exfiltration go unseen.',
  fix: 'Add an aws_flow_log with vpc_id = the VPC id, traffic_type = "ALL", to CloudWatch Logs or S3.',
  checkov: ['CKV2_AWS_11'],
  trivy: ['aws-ec2-require-vpc-flow-logs-for-all-vpcs'],
  resourceTypes: ['aws_vpc'],
  check(vpc, config) {
    const found = companions(config, 'aws_flow_log', 'vpc_id', vpc);
    return found.matched.length > 0 ? [] : withoutCompanion(found, 'the VPC has no aws_flow_log');
  },
};
