import { evaluateTemplate, evaluateValue, jsonencode, referencesIn } from './expressions';

const objects: Record<string, unknown> = {
  terraform: { workspace: 'default' },
  'aws_vpc.main': { id: 'vpc-0123', cidr_block: '10.0.0.0/16' },
  'data.aws_availability_zones.zones': { names: ['eu-west-1a', 'eu-west-1b'] },
  'aws_db_instance.db': { master_user_secret: [{ secret_arn: 'arn:aws:secretsmanager:x' }] },
  'data.terraform_remote_state.cross-stack-reference-input-network': {
    outputs: { 'cross-stack-output-aws_vpcmain_ABCid': 'vpc-0123' },
  },
};
const lookup = (address: string): unknown => {
  if (!(address in objects)) throw new Error(`unknown ${address}`);
  return objects[address];
};

describe('evaluateTemplate', () => {
  it('keeps the type of a whole-string reference and stringifies embedded ones', () => {
    expect(evaluateTemplate('${data.aws_availability_zones.zones.names}', lookup)).toEqual([
      'eu-west-1a',
      'eu-west-1b',
    ]);
    expect(evaluateTemplate('arn:${aws_vpc.main.id}/x', lookup)).toBe('arn:vpc-0123/x');
  });

  it('walks numeric attributes, [0] indexing and remote-state outputs', () => {
    expect(evaluateTemplate('${data.aws_availability_zones.zones.names.1}', lookup)).toBe('eu-west-1b');
    expect(evaluateTemplate('${aws_db_instance.db.master_user_secret[0].secret_arn}', lookup)).toBe(
      'arn:aws:secretsmanager:x',
    );
    expect(
      evaluateTemplate(
        '${data.terraform_remote_state.cross-stack-reference-input-network.outputs.cross-stack-output-aws_vpcmain_ABCid}',
        lookup,
      ),
    ).toBe('vpc-0123');
  });

  it('leaves $${ as a literal ${ (IAM policy variables)', () => {
    expect(evaluateTemplate('arn:aws:iam::*:user/$${aws:username}', lookup)).toBe(
      'arn:aws:iam::*:user/${aws:username}',
    );
  });

  it('evaluates the functions cdktf emits', () => {
    expect(evaluateTemplate('${element(data.aws_availability_zones.zones.names, 3)}', lookup)).toBe(
      'eu-west-1b',
    );
    expect(evaluateTemplate('${jsonencode({"b" = 1, "a" = [aws_vpc.main.id]})}', lookup)).toBe(
      '{"a":["vpc-0123"],"b":1}',
    );
    expect(evaluateTemplate('${base64encode("hi")}', lookup)).toBe('aGk=');
    expect(evaluateTemplate('${merge({a = 1}, {b = 2})}', lookup)).toEqual({ a: 1, b: 2 });
    expect(evaluateTemplate('${length(concat(["x"], ["y", "z"]))}', lookup)).toBe(3);
    expect(evaluateTemplate('${terraform.workspace}', lookup)).toBe('default');
  });

  it('fails on what it cannot evaluate instead of leaving ${...} behind', () => {
    expect(() => evaluateTemplate('${nosuchfn(1)}', lookup)).toThrow(/unsupported function nosuchfn/);
    expect(() => evaluateTemplate('${aws_vpc.main.nope}', lookup)).toThrow(/no attribute "nope"/);
    expect(() => evaluateTemplate('${var.x}', lookup)).toThrow(/var/);
  });

  it('evaluates nested values deeply', () => {
    expect(
      evaluateValue({ a: ['${aws_vpc.main.id}'], b: { c: '${aws_vpc.main.cidr_block}' } }, lookup),
    ).toEqual({
      a: ['vpc-0123'],
      b: { c: '10.0.0.0/16' },
    });
  });
});

describe('referencesIn', () => {
  it('lists resources and data sources a value refers to, not functions or policy variables', () => {
    expect(
      referencesIn({
        a: '${element(data.aws_availability_zones.zones.names, 0)}',
        b: ['${aws_vpc.main.id}', 'arn:$${aws:username}', '${terraform.workspace}'],
      }),
    ).toEqual(['data.aws_availability_zones.zones', 'aws_vpc.main']);
  });
});

describe('jsonencode', () => {
  it('sorts object keys like Terraform', () => {
    expect(jsonencode({ z: 1, a: { y: 2, b: 3 } })).toBe('{"a":{"b":3,"y":2},"z":1}');
  });
});
