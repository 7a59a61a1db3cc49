import type { ResourceResult } from '../../report-types';
import { enrichedReport, sampleReport } from '../sample-report.fixture';
import { findingDetailHtml, findingItemHtml } from './finding-html';

const PAYLOAD = '<img src=x onerror=alert(1)>';

function hostile(): ResourceResult {
  return {
    status: 'MODIFIED',
    stack: `stack${PAYLOAD}`,
    address: `aws_vpc.main"${PAYLOAD}`,
    addresses: [`aws_vpc.main"${PAYLOAD}`],
    constructPath: `app/${PAYLOAD}`,
    resourceType: 'AWS::EC2::VPC',
    resourceId: `vpc-1'${PAYLOAD}`,
    differences: [
      { path: `tags.${PAYLOAD}`, expected: undefined, actual: `</script>${PAYLOAD}`, type: 'ADD' },
      { path: 'tags.Owner', expected: { a: PAYLOAD }, actual: { a: 'x', b: PAYLOAD }, type: 'NOT_EQUAL' },
    ],
    reason: PAYLOAD,
    changedBy: [
      {
        eventName: PAYLOAD,
        eventTime: '2026-11-27T07:58:12Z',
        principalArn: `arn:${PAYLOAD}`,
        userName: PAYLOAD,
        via: 'console',
        sourceIp: PAYLOAD,
        eventSource: PAYLOAD,
      },
    ],
  };
}

describe('findingItemHtml and findingDetailHtml', () => {
  it('escape every value of the report: no markup from AWS or the IaC gets into the page', () => {
    const html = findingItemHtml(hostile(), 7, true);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('</script>');
    expect(html).not.toMatch(/"[^"]*"[^ >]*onerror/);
    expect(html.match(/&lt;img src=x onerror=alert\(1\)&gt;/g)?.length).toBeGreaterThanOrEqual(12);
  });

  it('render a closed finding with an empty, hidden panel, and an open one with its detail', () => {
    const [, sg] = sampleReport().resources;
    const closed = findingItemHtml(sg, 1, false);
    expect(closed).toContain('aria-expanded="false" aria-controls="finding-1"');
    expect(closed).toMatch(/<div class="finding-detail" id="finding-1" [^>]*hidden><\/div>/);
    const open = findingItemHtml(sg, 1, true);
    expect(open).toContain('aria-expanded="true"');
    expect(open).toContain(findingDetailHtml(sg));
  });

  it('show a one-line difference side by side, with the absent side named', () => {
    const detail = findingDetailHtml(sampleReport().resources[3]);
    expect(detail).toContain('<code>versioning.status</code>');
    expect(detail).toContain(
      '<td class="del"><del>&quot;Enabled&quot;</del></td><td class="ins"><ins>&quot;Suspended&quot;</ins></td>',
    );
    const added = findingDetailHtml(sampleReport().resources[1]);
    expect(added).toMatch(
      /<td class="absent">\(absent\)<\/td><td class="ins"><ins>\{\n {2}&quot;cidr_ipv4&quot;/,
    );
  });

  it('diff a long value line by line', () => {
    const policy = (actions: string[]) => ({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: actions, Resource: '*' }],
    });
    const detail = findingDetailHtml({
      ...sampleReport().resources[1],
      differences: [
        {
          path: 'inline_policy.app',
          expected: policy(['s3:GetObject', 's3:ListBucket']),
          actual: JSON.stringify(policy(['s3:GetObject', 's3:*', 's3:ListBucket'])),
          type: 'NOT_EQUAL',
        },
      ],
    });
    expect(detail).toContain(
      '<tr><td class="empty"></td><td class="ins"><ins>        &quot;s3:*&quot;,</ins></td></tr>',
    );
    expect(detail).toContain(
      '<tr><td>        &quot;s3:GetObject&quot;,</td><td>        &quot;s3:GetObject&quot;,</td></tr>',
    );
    expect(detail).toContain('JSON held in a string, shown parsed.');
  });

  it('show where the resource lives and who changed it, when the report says', () => {
    const [, sg] = enrichedReport().resources;
    const item = findingItemHtml(sg, 1, true);
    expect(item).toContain('changed by alice via console, 2026-11-27 07:58:12 UTC');
    expect(item).toContain('<dt>Account</dt><dd><code>123456789012</code></dd>');
    expect(item).toContain('<dt>Compared with</dt><dd>AWS Config</dd>');
    expect(item).toContain('<h4>Who changed it</h4>');
    expect(item).toContain('<code>203.0.113.7</code>');
    const plain = findingItemHtml(sampleReport().resources[1], 1, true);
    expect(plain).not.toMatch(/Who changed it|<dt>Account|<dt>Compared with/);
  });
});
