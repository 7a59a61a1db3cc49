import { DRIFT_STATUSES, type ResourceResult } from '../report-types';
import { DRIFTING_STATUSES, STATUS_ORDER, isDrift } from './report-grouping';

const result = (status: ResourceResult['status']): ResourceResult => ({
  status,
  stack: 'network',
  address: 'aws_vpc.main',
  addresses: ['aws_vpc.main'],
  constructPath: null,
  resourceType: 'AWS::EC2::VPC',
  resourceId: 'vpc-1',
  differences: [],
  reason: null,
});

describe('status sets', () => {
  it('orders every status exactly once for readers', () => {
    expect([...STATUS_ORDER].sort()).toEqual([...DRIFT_STATUSES].sort());
  });

  it('counts MODIFIED, DELETED and UNMANAGED as drift, and nothing else', () => {
    expect(DRIFT_STATUSES.filter((s) => isDrift(result(s)))).toEqual(['MODIFIED', 'DELETED', 'UNMANAGED']);
    expect([...DRIFTING_STATUSES].every((s) => (DRIFT_STATUSES as readonly string[]).includes(s))).toBe(true);
  });
});
