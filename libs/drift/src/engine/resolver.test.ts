import { parseIac } from '../iac/parse-iac';
import { UNKNOWN } from '../normalize/norm-values';
import { parseStates } from '../state/parse-states';
import { stateJson, terraformJson } from '../fixtures/harness';
import { Resolver } from './resolver';

function resolverFor(withState: boolean): Resolver {
  const spec = {
    resources: {
      aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
      aws_s3_bucket: { b: { bucket: 'assets' } },
      aws_iam_role: { r: { name: 'app' } },
      aws_a: { x: { v: '${aws_b.y.v}' } },
      aws_b: { y: { v: '${aws_a.x.v}' } },
    },
    data: {
      aws_iam_policy_document: {
        read: {
          statement: [
            {
              actions: ['s3:GetObject'],
              resources: ['${aws_s3_bucket.b.arn}/*'],
              principals: [{ type: 'AWS', identifiers: ['*'] }],
            },
            {
              effect: 'Deny',
              actions: ['s3:*'],
              resources: ['*'],
              principals: [{ type: '*', identifiers: ['*'] }],
              condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
            },
          ],
        },
      },
    },
  };
  const desired = parseIac([{ path: 's.tf.json', content: terraformJson('s', spec) }]);
  const state = withState
    ? parseStates(
        [
          {
            path: 's.tfstate',
            content: stateJson({
              'aws_vpc.main': { id: 'vpc-1', tags: { Name: 'n' } },
              'aws_s3_bucket.b': { id: 'assets', arn: 'arn:aws:s3:::assets' },
            }),
          },
        ],
        desired,
      ).stacks.get('s')
    : undefined;
  return new Resolver(desired.stacks[0], state);
}

describe('Resolver', () => {
  it('resolves whole and embedded references from state', () => {
    const r = resolverFor(true);
    expect(r.resolve('${aws_vpc.main.id}')).toBe('vpc-1');
    expect(r.resolve('${aws_vpc.main.tags.Name}')).toBe('n');
    expect(r.resolve({ list: ['${aws_s3_bucket.b.arn}/*', 'x'] })).toEqual({
      list: ['arn:aws:s3:::assets/*', 'x'],
    });
  });

  it('returns literal values as they are and copies only the lists and objects a reference changes', () => {
    const r = resolverFor(true);
    const literal = { name: 'a', rules: [{ cidr_blocks: ['10.0.0.0/8'] }], tags: { Name: 'a' } };
    expect(r.resolve(literal)).toBe(literal);
    const withReference = { name: 'a', vpc: ['${aws_vpc.main.id}', 'x'], tags: { Name: 'a' } };
    const resolved = r.resolve(withReference) as typeof withReference;
    expect(resolved).toEqual({ name: 'a', vpc: ['vpc-1', 'x'], tags: { Name: 'a' } });
    expect(withReference.vpc).toEqual(['${aws_vpc.main.id}', 'x']);
    expect(resolved.tags).toBe(withReference.tags);
  });

  it('falls back to literal IaC values (and ids that equal a literal argument), else UNKNOWN', () => {
    const r = resolverFor(false);
    expect(r.resolve('${aws_vpc.main.cidr_block}')).toBe('10.0.0.0/16');
    expect(r.resolve('${aws_iam_role.r.id}')).toBe('app');
    expect(r.resolve('${aws_vpc.main.id}')).toBe(UNKNOWN);
    expect(r.resolve('${jsonencode(local.x)}')).toBe(UNKNOWN);
    expect(r.resolve('prefix-${aws_vpc.main.id}')).toBe(UNKNOWN);
    expect(r.resolve('${aws_a.x.v}')).toBe(UNKNOWN); // a reference cycle ends, unknown
  });

  it('renders an aws_iam_policy_document data source as the provider would', () => {
    const r = resolverFor(true);
    // Single values as strings, the lone "*" principal bare: the provider's own rendering (@groundwork/core).
    expect(r.resolve('${data.aws_iam_policy_document.read.minified_json}')).toBe(
      '{"Version":"2012-10-17","Statement":[' +
        '{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::assets/*","Principal":{"AWS":"*"}},' +
        '{"Effect":"Deny","Action":"s3:*","Resource":"*","Principal":"*",' +
        '"Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}',
    );
    expect(JSON.parse(r.resolve('${data.aws_iam_policy_document.read.json}') as string)).toEqual(
      JSON.parse(r.resolve('${data.aws_iam_policy_document.read.minified_json}') as string),
    );
    // Without state the bucket ARN is unknown, so the document is too.
    expect(resolverFor(false).resolve('${data.aws_iam_policy_document.read.json}')).toBe(UNKNOWN);
  });

  it('leaves a policy document the provider would refuse unknown', () => {
    const desired = parseIac([
      {
        path: 's.tf.json',
        content: terraformJson('s', {
          resources: {},
          data: { aws_iam_policy_document: { bad: { statement: [{ sid: 'A' }, { sid: 'A' }] } } },
        }),
      },
    ]);
    const r = new Resolver(desired.stacks[0], undefined);
    expect(r.resolve('${data.aws_iam_policy_document.bad.json}')).toBe(UNKNOWN);
  });

  it('names the address a whole-string reference points at', () => {
    expect(Resolver.referencedAddress('${aws_s3_bucket.b.id}')).toBe('aws_s3_bucket.b');
    expect(Resolver.referencedAddress('${data.aws_iam_policy_document.read.json}')).toBe(
      'data.aws_iam_policy_document.read',
    );
    expect(Resolver.referencedAddress('assets')).toBeUndefined();
  });
});
