import { renderMarkdown } from './render-markdown';
import { cleanReport, enrichedReport, sampleReport } from './sample-report.fixture';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport());

  it('starts with a verdict and a per-stack count table', () => {
    expect(md).toMatch(/^## Groundwork drift report\n\n:warning: \*\*Drift found\*\* on 4 resources\.\n/);
    expect(md).toContain('| `data-prod` | 0 | 1 | 0 | 0 | 1 |');
    expect(md).toContain('| `network-prod` | 1 | 1 | 1 | 0 | 0 |');
    expect(md).toContain('| _not in any stack_ | 0 | 0 | 0 | 1 | 0 |');
    expect(md).toContain('| **Total** | **1** | **2** | **1** | **1** | **1** |');
    expect(md).toContain('Coverage: 80.0% of managed resources checked.');
  });

  it('lists every resource that is not in sync with its differences, and counts in-sync ones only', () => {
    expect(md).toContain(
      '| **MODIFIED** | `aws_s3_bucket.assets_bucket_1A2B` | `data-prod/assets/bucket` | `AWS::S3::Bucket` `assets-prod-123456789012` |  | `~ versioning.status`: `"Enabled"` → `"Suspended"` |',
    );
    expect(md).toContain('| **UNMANAGED** | `AWS::EC2::Instance i-0badc0ffee1234567` |');
    expect(md).toContain('no adapter for aws_db_subnet_group |');
    expect(md).not.toContain('aws_vpc.vpc_main_5F3A');
  });

  it('keeps table rows intact when values hold pipes and backticks', () => {
    const row = md.split('\n').find((l) => l.includes('web_sg_9C1D'));
    expect(row).toContain('`"web \\| tier"` → ``"changed `by` hand"``');
    // Every unescaped pipe is a cell border: five cells.
    expect(row?.split(/(?<!\\)\|/).length).toBe(8);
  });

  it('says "No drift" for a clean report and lists no resource table', () => {
    const clean = renderMarkdown(cleanReport());
    expect(clean).toContain(':white_check_mark: **No drift.**');
    expect(clean).not.toContain('| Status |');
  });

  it('stays under maxBytes and says how many resources it left out', () => {
    const report = sampleReport();
    const full = renderMarkdown(report);
    const limited = renderMarkdown(report, { maxBytes: full.length - 150 });
    expect(new TextEncoder().encode(limited).length).toBeLessThanOrEqual(full.length - 150);
    expect(limited).toMatch(/_\d more resources are not shown/);
    expect(full).not.toContain('not shown');
  });

  it('shows where each resource was compared, and coverage per live source', () => {
    const enriched = renderMarkdown(enrichedReport());
    expect(enriched).toContain(
      '| **MODIFIED** | `aws_s3_bucket.assets_bucket_1A2B` | `data-prod/assets/bucket` | `AWS::S3::Bucket` `assets-prod-123456789012` | 123456789012 us-east-1 via config |',
    );
    expect(enriched).toContain(
      'Coverage: 80.0% of managed resources checked (per live source: AWS Config 60.0%, Cloud Control 20.0%).',
    );
  });

  it('says who changed a resource in its details, and can list resources under who changed them', () => {
    const md = renderMarkdown(enrichedReport(), { groupBy: 'actor' });
    expect(md).toContain(
      'changed by `alice` via console, 2026-11-27 07:58:12 UTC: `AuthorizeSecurityGroupIngress` from `203.0.113.7` (`arn:aws:sts::123456789012:assumed-role/Admin/alice`) |',
    );
    expect(md).toContain('\n### Changed by alice (`arn:aws:sts::123456789012:assumed-role/Admin/alice`)\n');
    expect(md).toContain('\n### No recorded change (no CloudTrail event linked)\n');
    // The counts stay per stack whatever the grouping.
    expect(md).toContain('| `network-prod` | 1 | 1 | 1 | 0 | 0 |');
  });
});
