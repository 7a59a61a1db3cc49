import type { DriftStatus } from '../../report-types';
import { enrichedReport, sampleReport } from '../sample-report.fixture';
import {
  DEFAULT_STATUSES,
  facet,
  FindingIndex,
  Filters,
  locationOf,
  NO_STACK,
  stackOf,
  typeOf,
} from './filters';

const ALL: DriftStatus[] = ['MODIFIED', 'DELETED', 'UNMANAGED', 'NOT_CHECKED', 'IN_SYNC'];
const none: Filters = {
  statuses: new Set(ALL),
  stack: null,
  resourceType: null,
  location: null,
  source: null,
  search: '',
};

describe('FindingIndex.match', () => {
  const report = enrichedReport();
  const index = new FindingIndex(report.resources);
  const labels = (f: Partial<Filters>) =>
    index.match({ ...none, ...f }).map((i) => report.resources[i].address ?? report.resources[i].resourceId);

  it('with no filter matches everything, in report order', () => {
    expect(index.match(none)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('the default statuses leave out what is in sync', () => {
    expect(labels({ statuses: new Set(DEFAULT_STATUSES) })).not.toContain('aws_vpc.vpc_main_5F3A');
    expect(labels({ statuses: new Set(DEFAULT_STATUSES) })).toHaveLength(5);
  });

  it('filters by stack, by no stack, by type (the Terraform type when there is no live one)', () => {
    expect(labels({ stack: 'data-prod' })).toEqual([
      'aws_s3_bucket.assets_bucket_1A2B',
      'aws_db_subnet_group.db_subnets_4E5F',
    ]);
    expect(labels({ stack: NO_STACK })).toEqual(['i-0badc0ffee1234567']);
    expect(labels({ resourceType: 'AWS::EC2::SecurityGroup' })).toEqual(['aws_security_group.web_sg_9C1D']);
    expect(labels({ resourceType: 'aws_db_subnet_group' })).toEqual(['aws_db_subnet_group.db_subnets_4E5F']);
  });

  it('filters by account and region, and by live source', () => {
    expect(labels({ location: '210987654321 us-east-1' })).toEqual(['i-0badc0ffee1234567']);
    expect(labels({ source: 'cloudcontrol' })).toEqual(['aws_nat_gateway.vpc_nat_a_77E1']);
  });

  it('searches every word, case-insensitively, in names, paths, values, reasons and actors', () => {
    expect(labels({ search: 'SUSPENDED' })).toEqual(['aws_s3_bucket.assets_bucket_1A2B']);
    expect(labels({ search: 'network-prod/vpc' })).toEqual([
      'aws_vpc.vpc_main_5F3A',
      'aws_nat_gateway.vpc_nat_a_77E1',
    ]);
    expect(labels({ search: 'alice' })).toEqual(['aws_security_group.web_sg_9C1D']);
    expect(labels({ search: 'no adapter' })).toEqual(['aws_db_subnet_group.db_subnets_4E5F']);
    expect(labels({ search: '0.0.0.0/0 ingress' })).toEqual(['aws_security_group.web_sg_9C1D']);
    expect(labels({ search: '0.0.0.0/0 versioning' })).toEqual([]);
  });

  it('combines every filter', () => {
    expect(labels({ statuses: new Set(['MODIFIED']), stack: 'network-prod', search: 'sg' })).toEqual([
      'aws_security_group.web_sg_9C1D',
    ]);
  });
});

describe('facets', () => {
  it('counts each value and leaves out resources without one', () => {
    const resources = sampleReport().resources;
    expect(facet(resources, stackOf)).toEqual([
      [NO_STACK, 1],
      ['data-prod', 2],
      ['network-prod', 3],
    ]);
    expect(facet(resources, locationOf)).toEqual([]);
    expect(facet(enrichedReport().resources, locationOf)).toEqual([
      ['123456789012 eu-west-1', 3],
      ['123456789012 us-east-1', 2],
      ['210987654321 us-east-1', 1],
    ]);
    expect(typeOf(resources[4])).toBe('aws_db_subnet_group');
  });
});
