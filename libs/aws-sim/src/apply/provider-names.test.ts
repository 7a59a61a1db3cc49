import type { ApplyContext } from './applied-resource';
import { generatedNames } from './provider-names';

function context(): ApplyContext {
  let n = 0;
  return { nextUniqueId: () => ++n } as unknown as ApplyContext;
}

describe('generatedNames', () => {
  it('keeps a given name and generates none for a type without generated names', () => {
    expect(generatedNames({}, { name: 'web' }, context())).toEqual({});
    expect(generatedNames(undefined, {}, context())).toEqual({});
  });

  it('uses name_prefix, else the default prefix, with the provider timestamp and counter', () => {
    const ctx = context();
    expect(generatedNames({}, { name_prefix: 'app-' }, ctx)).toEqual({
      name: 'app-20261120091407000000000001',
    });
    expect(generatedNames({}, {}, ctx)).toEqual({ name: 'terraform-20261120091407000000000002' });
  });

  it('cuts a default name to the maximum length, and names buckets through bucket and bucket_prefix', () => {
    expect(generatedNames({ defaultPrefix: 'tf-lb-', maxLength: 20 }, {}, context())).toEqual({
      name: 'tf-lb-20261120091407',
    });
    expect(generatedNames({ attribute: 'bucket' }, { bucket_prefix: 'logs-' }, context())).toEqual({
      bucket: 'logs-20261120091407000000000001',
    });
    expect(generatedNames({ attribute: 'bucket' }, { bucket: 'given', name: 'x' }, context())).toEqual({});
  });
});
