import { Expression } from './expression';
import { TerraformConfig } from './terraform-config';

describe('TerraformConfig', () => {
  it('expands literal count and for_each into instances, and keeps computed ones as one block', () => {
    const config = new TerraformConfig({
      locals: [{ n: 2 }, { zones: { a: 'eu-west-1a' } }],
      resource: {
        aws_subnet: {
          counted: { count: '${local.n}', cidr_block: '10.0.${count.index}.0/24' },
          keyed: { for_each: '${local.zones}', availability_zone: '${each.value}' },
          set: { for_each: '${toset(["x", "y"])}', tags: { Name: '${each.key}' } },
          none: { count: 0 },
          computed: { count: '${var.n}', cidr_block: '10.0.${count.index}.0/24' },
        },
      },
    });
    expect(config.resources.map((r) => r.address)).toEqual([
      'aws_subnet.counted[0]',
      'aws_subnet.counted[1]',
      'aws_subnet.keyed["a"]',
      'aws_subnet.set["x"]',
      'aws_subnet.set["y"]',
      'aws_subnet.computed',
    ]);
    expect(config.resources[1].body.get('cidr_block')).toBe('10.0.1.0/24');
    expect(config.resources[2].body.get('availability_zone')).toBe('eu-west-1a');
    expect(config.resources[5].body.get('cidr_block')).toEqual(new Expression('10.0.${count.index}.0/24'));
  });

  it('finds companions by reference, literal name and the same expression, and the unattributed ones', () => {
    const config = new TerraformConfig({
      resource: {
        aws_s3_bucket: {
          ref: { bucket: 'r' },
          lit: { bucket: 'l' },
          expr: { bucket: '${var.name}' },
          lone: {},
        },
        aws_s3_bucket_versioning: {
          a: { bucket: '${aws_s3_bucket.ref.id}' },
          b: { bucket: 'l' },
          c: { bucket: '${ var.name }' },
          d: { bucket: '${var.other}' },
        },
      },
    });
    const bucket = (name: string) => config.ofType('aws_s3_bucket').find((b) => b.name === name)!;
    const names = (rs: readonly { name: string }[]) => rs.map((r) => r.name);
    expect(names(config.referencing('aws_s3_bucket_versioning', 'bucket', bucket('ref')))).toEqual(['a']);
    expect(names(config.referencing('aws_s3_bucket_versioning', 'bucket', bucket('lit')))).toEqual(['b']);
    expect(names(config.referencing('aws_s3_bucket_versioning', 'bucket', bucket('expr')))).toEqual(['c']);
    expect(names(config.referencing('aws_s3_bucket_versioning', 'bucket', bucket('lone')))).toEqual([]);
    expect(names(config.unattributed('aws_s3_bucket_versioning', 'bucket', 'aws_s3_bucket'))).toEqual(['d']);
  });

  it('reads data sources by address', () => {
    const config = new TerraformConfig({
      data: [{ aws_iam_policy_document: { p: [{ version: '2012-10-17' }] } }],
    });
    expect(config.dataSource('data.aws_iam_policy_document.p')?.get('version')).toBe('2012-10-17');
    expect(config.dataSource('data.aws_iam_policy_document.q')).toBeUndefined();
  });
});
