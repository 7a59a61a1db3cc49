import { GuardRule } from '../../model';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

/** The retention periods CloudWatch Logs accepts, in days (0 in Terraform: never expire). */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;
/** A year covers the common audit requirement to keep logs twelve months. */
export const MINIMUM_LOG_RETENTION_DAYS = 365;

export const logGroupRetention: GuardRule = {
  id: 'GW-LOG-002',
  severity: 'warning',
  title: `CloudWatch log group must keep logs at least ${MINIMUM_LOG_RETENTION_DAYS} days`,
  why: 'Intrusions are often found months later; logs deleted after days or weeks leave nothing to investigate with.',
  fix: `Set retention_in_days to ${MINIMUM_LOG_RETENTION_DAYS} or more, one of ${LOG_RETENTION_DAYS.join(', ')} (or leave it unset, or 0, to never expire).`,
  checkov: ['CKV_AWS_338', 'CKV_AWS_66'],
  trivy: [],
  differences: [
    'A log group without retention (never expires) passes, as in the AWS Config rule cw-loggroup-retention-period-check; checkov CKV_AWS_66 reports it.',
    'A retention under 365 days is reported, as CKV_AWS_338 does; CKV_AWS_66 passes any retention that is set.',
    'A retention CloudWatch Logs rejects is reported with the accepted values; checkov passes it when it is a year or more.',
  ],
  resourceTypes: ['aws_cloudwatch_log_group'],
  check(group) {
    const days = group.body.number('retention_in_days');
    if (days === undefined || days === 0) return [];
    if (days instanceof Expression) return [computed('retention_in_days', days, 'how long logs are kept')];
    if (!(LOG_RETENTION_DAYS as readonly number[]).includes(days)) {
      return [
        `retention_in_days ${days} is not one CloudWatch Logs accepts (${LOG_RETENTION_DAYS.join(', ')})`,
      ];
    }
    return days < MINIMUM_LOG_RETENTION_DAYS ? [`retention_in_days is ${days} day(s)`] : [];
  },
};
