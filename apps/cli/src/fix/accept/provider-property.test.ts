import { providerProperty } from './provider-property';

describe('providerProperty', () => {
  it('finds the class by its Terraform type and the setter named after the argument', () => {
    expect(providerProperty('aws_instance', 'instance_type')).toEqual({
      className: 'Instance',
      module: 'instance',
      property: 'instanceType',
    });
    expect(providerProperty('aws_db_instance', 'publicly_accessible')).toEqual({
      className: 'DbInstance',
      module: 'db-instance',
      property: 'publiclyAccessible',
    });
  });

  it('has none for a nested argument, an unknown argument or type, or a non-AWS type', () => {
    expect(providerProperty('aws_instance', 'metadata_options.http_tokens')).toBeUndefined();
    expect(providerProperty('aws_instance', 'no_such_argument')).toBeUndefined();
    expect(providerProperty('aws_no_such_thing', 'name')).toBeUndefined();
    expect(providerProperty('google_compute_instance', 'name')).toBeUndefined();
  });
});
