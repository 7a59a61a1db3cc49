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

  it('reads arrays at every level as the HCL JSON syntax does', () => {
    const text = JSON.stringify(
      [
        { variable: { resource: { default: 'x' } } },
        {
          resource: [
            { aws_vpc: [{ main: [{ cidr_block: '10.0.0.0/16', tags: { resource: 'x' } }] }] },
            { aws_s3_bucket: { logs: [{ bucket: 'logs' }] } },
          ],
        },
      ],
      null,
      2,
    );
    const lines = text.split('\n');
    const found = resourceLines(text);
    expect([...found.keys()]).toEqual(['aws_vpc.main', 'aws_s3_bucket.logs']);
    for (const [address, line] of found) {
      expect(lines[line - 1].trim()).toBe(`"${address.split('.')[1]}": [`);
    }
  });

  it('gives line 1 for every block of minified JSON', () => {
    expect(resourceLines(JSON.stringify({ resource: { aws_vpc: { main: {}, b: {} } } }))).toEqual(
      new Map([
        ['aws_vpc.main', 1],
        ['aws_vpc.b', 1],
      ]),
    );
  });
});
