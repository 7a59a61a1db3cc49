import fc from 'fast-check';
import { ALL_RULES } from './rules';
import { scanTerraform } from './scan';

const resourceTypes = [...new Set(ALL_RULES.flatMap((r) => r.resourceTypes))];
const ruleIds = new Set(ALL_RULES.map((r) => r.id));

// Odd shapes real files contain: references, numbers as strings, blocks as lists or objects, nulls.
const value = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(
    '${var.x}',
    '${aws_s3_bucket.b.id}',
    '${each.value}',
    '${count.index}',
    '${local.missing}',
    '$${escaped}',
    '${unterminated',
    '0.0.0.0/0',
    '-1',
    'true',
    'Enabled',
    '*',
  ),
);
const attributes = fc.dictionary(
  fc.constantFrom(
    'bucket',
    'ingress',
    'policy',
    'metadata_options',
    'from_port',
    'to_port',
    'protocol',
    'cidr_blocks',
    'ip_protocol',
    'cidr_ipv4',
    'statement',
    'default_action',
    'viewer_certificate',
    'origin',
    'rule',
    'encrypted',
    'users',
    'group',
    'dynamic',
    'count',
    'for_each',
    'assume_role_policy',
    'principal',
    'retention_in_days',
    '//',
  ),
  value,
);
const configuration = fc.record({
  resource: fc.dictionary(
    fc.constantFrom(...resourceTypes),
    fc.dictionary(fc.constantFrom('a', 'b', 'c'), attributes),
  ),
  data: fc.record({
    aws_iam_policy_document: fc.record({
      d: fc.record({ statement: value, source_policy_documents: value }),
    }),
  }),
  locals: fc.dictionary(fc.constantFrom('missing', 'x'), value),
});

describe('scanTerraform on arbitrary attribute values', () => {
  it('never throws and reports only known rules at resources that exist', () => {
    fc.assert(
      fc.property(configuration, (json) => {
        const findings = scanTerraform(json);
        for (const f of findings) {
          expect(ruleIds.has(f.ruleId)).toBe(true);
          const [type, name] = f.address.replace(/\[.*\]$/, '').split('.');
          expect(json.resource[type]?.[name]).toBeDefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
