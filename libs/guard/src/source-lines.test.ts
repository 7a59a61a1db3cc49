import { resourceLines } from './source-lines';

describe('resourceLines', () => {
  it('finds each resource block, not data sources or nested keys of the same name', () => {
    const text = JSON.stringify(
      {
        data: { aws_s3_bucket: { logs: { bucket: 'x' } } },
        resource: {
          aws_s3_bucket: { logs: { bucket: 'logs', versioning: { enabled: true } }, site: { bucket: 's' } },
          aws_vpc: { main: { cidr_block: '10.0.0.0/16', tags: { main: 'x' } } },
        },
        output: { aws_vpc: { value: 'x' } },
      },
      null,
      2,
    );
    const lines = text.split('\n');
    const found = resourceLines(text);
    expect([...found.keys()]).toEqual(['aws_s3_bucket.logs', 'aws_s3_bucket.site', 'aws_vpc.main']);
    for (const [address, line] of found) {
      expect(lines[line - 1].trim()).toBe(`"${address.split('.')[1]}": {`);
    }
    expect(found.get('aws_s3_bucket.logs')).toBeGreaterThan(lines.findIndex((l) => l.includes('"resource"')));
  });

  it('gives no lines for minified JSON', () => {
    expect(resourceLines(JSON.stringify({ resource: { aws_vpc: { main: {} } } })).size).toBe(0);
  });
});
