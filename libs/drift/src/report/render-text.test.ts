import { renderText } from './render-text';
import { cleanReport, enrichedReport, sampleReport } from './sample-report.fixture';

describe('renderText', () => {
  const text = renderText(sampleReport());

  it('groups resources by stack, stacks by name, resources in no stack last', () => {
    const headings = text.split('\n').filter((l) => /^\S/.test(l) && !/^(Summary|Drift|No drift)/.test(l));
    expect(headings).toEqual(['Stack data-prod', 'Stack network-prod', 'Not in any stack']);
  });

  it('prints one line per resource with its status, address, construct path and live id, drift first', () => {
    const network = text.split('Stack network-prod\n')[1].split('\n\n')[0].split('\n');
    const resourceLines = network.filter((l) => /^ {2}[A-Z]/.test(l));
    expect(resourceLines).toEqual([
      '  MODIFIED     aws_security_group.web_sg_9C1D  (network-prod/web/sg)  [AWS::EC2::SecurityGroup sg-0123456789abcdef0]',
      '  DELETED      aws_nat_gateway.vpc_nat_a_77E1  (network-prod/vpc/nat-a)  [AWS::EC2::NatGateway nat-0f1e2d3c4b5a69788]',
      '  IN_SYNC      aws_vpc.vpc_main_5F3A  (network-prod/vpc/main)  [AWS::EC2::VPC vpc-0a1b2c3d4e5f60718]',
    ]);
  });

  it('prints each difference as `sigil path: expected → actual`', () => {
    expect(text).toContain('      ~ versioning.status: "Enabled" → "Suspended"\n');
    expect(text).toContain(
      '      + ingress: (absent) → {"protocol":"tcp","from_port":22,"to_port":22,"cidr_ipv4":"0.0.0.0/0"}\n',
    );
  });

  it('labels unmanaged resources by type and id and shows why a resource was not checked', () => {
    expect(text).toContain('  UNMANAGED    AWS::EC2::Instance i-0badc0ffee1234567\n');
    expect(text).toMatch(
      /NOT_CHECKED +aws_db_subnet_group\.db_subnets_4E5F .*\n +no adapter for aws_db_subnet_group\n/,
    );
  });

  it('ends with the summary and a verdict', () => {
    expect(text.trimEnd().split('\n').slice(-2)).toEqual([
      'Summary: 6 resources: 1 in sync, 2 modified, 1 deleted, 1 unmanaged, 1 not checked; coverage 80.0%.',
      'Drift found on 4 resources.',
    ]);
    expect(renderText(cleanReport())).toMatch(/coverage 100\.0%\.\nNo drift\.\n$/);
  });

  it('uses ANSI colors only when asked', () => {
    expect(text).not.toContain('\u001b[');
    const colored = renderText(sampleReport(), { color: true });
    expect(colored).toContain('\u001b[33mMODIFIED');
    expect(colored).toContain('\u001b[31mDELETED');
    expect(colored.replace(/\u001b\[\d+m/g, '')).toBe(text);
  });

  it('never rounds coverage up to 100%', () => {
    const report = cleanReport();
    report.summary.coverage = 0.9996;
    expect(renderText(report)).toContain('coverage 99.9%');
  });

  it('shows where each resource was compared, and coverage per live source', () => {
    const enriched = renderText(enrichedReport());
    expect(enriched).toContain(
      '  MODIFIED     aws_security_group.web_sg_9C1D  (network-prod/web/sg)  [AWS::EC2::SecurityGroup sg-0123456789abcdef0]  123456789012 us-east-1 via config\n',
    );
    expect(enriched).toContain('coverage 80.0% (AWS Config 60.0%, Cloud Control 20.0%).');
  });

  it('says who changed a resource, from the CloudTrail events linked to it', () => {
    expect(renderText(enrichedReport())).toContain(
      '      changed by alice via console, 2026-11-27 07:58:12 UTC: AuthorizeSecurityGroupIngress from 203.0.113.7 (arn:aws:sts::123456789012:assumed-role/Admin/alice)\n',
    );
  });

  it('groups by who changed each resource last, findings with no linked event last', () => {
    const headings = renderText(enrichedReport(), { groupBy: 'actor' })
      .split('\n')
      .filter((l) => /^\S/.test(l) && !/^(Summary|Drift|No drift)/.test(l));
    expect(headings).toEqual([
      'Changed by alice (arn:aws:sts::123456789012:assumed-role/Admin/alice)',
      'No recorded change (no CloudTrail event linked)',
    ]);
  });
});
