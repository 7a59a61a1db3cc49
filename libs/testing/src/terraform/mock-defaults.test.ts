import { ProviderSchema, mockDefaults } from './mock-defaults';

// A schema fragment shaped like `terraform providers schema -json` (computed attributes only).
const computed = (type: unknown) => ({ type, computed: true });
const schema: ProviderSchema = {
  resource_schemas: {
    aws_security_group: { block: { attributes: { id: computed('string'), arn: computed('string') } } },
    aws_organizations_organizational_unit: { block: { attributes: { id: computed('string') } } },
    aws_organizations_organization: {
      block: {
        attributes: {
          roots: computed(['list', ['object', { id: 'string', arn: 'string', name: 'string' }]]),
        },
      },
    },
    aws_db_instance: {
      block: {
        attributes: {
          master_user_secret: computed([
            'list',
            ['object', { secret_arn: 'string', secret_status: 'string' }],
          ]),
        },
      },
    },
  },
  data_source_schemas: {
    aws_partition: {
      block: { attributes: { partition: computed('string'), dns_suffix: computed('string') } },
    },
  },
};

describe('mockDefaults', () => {
  const defaults = mockDefaults(schema, {
    resources: [
      'aws_security_group',
      'aws_organizations_organizational_unit',
      'aws_organizations_organization',
      'aws_db_instance',
    ],
    data: ['aws_partition'],
  });

  it('gives prefixed ids and parseable ARNs', () => {
    expect(defaults.resources.aws_security_group).toEqual({
      id: 'sg-0123456789abcdef0',
      arn: 'arn:aws:ec2:us-east-1:123456789012:group/mock',
    });
  });

  it('gives Organizations ids their own shapes, in the roots block too', () => {
    expect(defaults.resources.aws_organizations_organizational_unit).toEqual({ id: 'ou-ab12-abcdefgh' });
    expect(defaults.resources.aws_organizations_organization.roots).toEqual([
      { id: 'r-ab12', arn: 'arn:aws:organizations::123456789012:organization/mock', name: 'mock-name' },
    ]);
  });

  it('fills a computed block with one element, as AWS does', () => {
    expect(defaults.resources.aws_db_instance.master_user_secret).toEqual([
      { secret_arn: 'arn:aws:rds:us-east-1:123456789012:secret/mock', secret_status: 'mock-secret_status' },
    ]);
  });

  it('gives the partition data source real values', () => {
    expect(defaults.data.aws_partition).toEqual({ partition: 'aws', dns_suffix: 'amazonaws.com' });
  });

  it('lets overrides win', () => {
    const withOverride = mockDefaults(
      schema,
      { resources: ['aws_security_group'], data: [] },
      {
        resources: { aws_security_group: { id: 'sg-override' } },
      },
    );
    expect(withOverride.resources.aws_security_group.id).toBe('sg-override');
  });
});
