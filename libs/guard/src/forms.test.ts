import fc from 'fast-check';
import { scanTerraform } from './scan';
import { ALL_FIXTURES } from './testing/all-fixtures';
import { toArrayForm } from './testing/array-form';

const cases = Object.entries(ALL_FIXTURES).flatMap(([id, f]) =>
  [...f.passes, ...f.fails, ...(f.undecided ?? [])].map((c) => ({ name: `${id}: ${c.name}`, json: c.json })),
);

describe('object and array forms of the same configuration', () => {
  it('give the same findings of every rule, whatever form each place takes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.func(fc.boolean()), (c, choose) => {
        const objectForm = scanTerraform(c.json);
        const mixed = toArrayForm(c.json as unknown as Record<string, unknown>, (place) => choose(place));
        expect(scanTerraform(mixed)).toEqual(objectForm);
      }),
      { numRuns: 400 },
    );
  });

  it('rewrites every place in the full array form, so the forms really differ', () => {
    const json = {
      resource: {
        aws_s3_bucket: {
          b: {
            bucket: 'x',
            server_side_encryption_configuration: {
              rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } },
            },
          },
        },
      },
    };
    expect(toArrayForm(json)).toEqual([
      {
        resource: [
          {
            aws_s3_bucket: [
              {
                b: [
                  {
                    bucket: 'x',
                    server_side_encryption_configuration: [
                      { rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ]);
  });
});
