import fc from 'fast-check';
import { isConditionOperator } from './condition-operator';
import { mergeStatements } from './merge-statements';
import { PolicyDocument } from './policy-document';
import { POLICY_SIZE_LIMITS, PolicyKind } from './policy-size';
import { Statement, StatementProps } from './statement';
import { escapeForTerraform, unescapeTerraform } from './terraform-escape';

const readBucket: StatementProps = { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] };

/** A document of `count` statements that each add a known number of characters. */
function documentOfSize(count: number): PolicyDocument {
  return new PolicyDocument({
    statements: Array.from({ length: count }, (_, i) => ({
      actions: ['s3:GetObject'],
      resources: [`arn:aws:s3:::bucket-${String(i).padStart(4, '0')}/*`],
    })),
  });
}

describe('Statement', () => {
  it('renders IAM JSON in the documented key order with string condition values', () => {
    const statement = Statement.deny({
      sid: 'DenyHttp',
      conditions: { Bool: { 'aws:SecureTransport': false }, NumericLessThan: { 's3:TlsVersion': 1.2 } },
      resources: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      actions: ['s3:*'],
    });
    const json = statement.toJson();
    expect(Object.keys(json)).toEqual(['Sid', 'Effect', 'Action', 'Resource', 'Condition']);
    expect(json).toEqual({
      Sid: 'DenyHttp',
      Effect: 'Deny',
      Action: ['s3:*'],
      Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' }, NumericLessThan: { 's3:TlsVersion': '1.2' } },
    });
  });

  it('renders notActions, notResources and principals', () => {
    expect(
      new Statement({
        notActions: ['iam:*'],
        notResources: ['arn:aws:iam::*:role/admin'],
        principals: { AWS: ['arn:aws:iam::111122223333:root'], Service: ['ec2.amazonaws.com'] },
      }).toJson(),
    ).toEqual({
      Effect: 'Allow',
      Principal: { AWS: ['arn:aws:iam::111122223333:root'], Service: ['ec2.amazonaws.com'] },
      NotAction: ['iam:*'],
      NotResource: ['arn:aws:iam::*:role/admin'],
    });
    expect(new Statement({ actions: ['s3:GetObject'], principals: '*' }).toJson().Principal).toBe('*');
  });

  it.each<[string, StatementProps, RegExp]>([
    ['an empty action list', { actions: [], resources: ['*'] }, /empty actions list/],
    ['an empty notActions list', { notActions: [], resources: ['*'] }, /empty notActions list/],
    ['neither actions nor notActions', { resources: ['*'] }, /exactly one of actions and notActions/],
    ['both actions and notActions', { actions: ['s3:*'], notActions: ['iam:*'] }, /exactly one of actions/],
    [
      'an action without a service',
      { actions: ['GetObject'], resources: ['*'] },
      /"GetObject": write it as service:Action/,
    ],
    ['an empty resource list', { actions: ['s3:*'], resources: [] }, /empty resources list/],
    [
      'both resources and notResources',
      { actions: ['s3:*'], resources: ['*'], notResources: ['x'] },
      /keep one/,
    ],
    ['a Sid with a dash', { sid: 'read-only', actions: ['s3:*'] }, /letters and digits/],
    [
      'an effect other than Allow and Deny',
      { effect: 'allow' as 'Allow', actions: ['s3:*'], resources: ['*'] },
      /effect "allow": use 'Allow' or 'Deny'/,
    ],
    ['a blank resource', { actions: ['s3:*'], resources: ['  '] }, /empty string in resources/],
    [
      'a condition operator without keys',
      { actions: ['s3:*'], resources: ['*'], conditions: { StringEquals: {} } },
      /no condition keys under StringEquals/,
    ],
    ['an empty principals map', { actions: ['sts:AssumeRole'], principals: {} }, /empty principals map/],
    [
      'an empty principal list',
      { actions: ['sts:AssumeRole'], principals: { AWS: [] } },
      /empty principals.AWS list/,
    ],
    [
      'an unknown condition operator',
      {
        actions: ['s3:*'],
        resources: ['*'],
        conditions: { StringEqual: { 'aws:x': 'y' } } as StatementProps['conditions'],
      },
      /unknown condition operator "StringEqual"/,
    ],
    [
      'an empty condition value list',
      { actions: ['s3:*'], resources: ['*'], conditions: { StringEquals: { 'aws:x': [] } } },
      /empty value list for StringEquals aws:x/,
    ],
  ])('rejects %s', (_title, props, message) => {
    expect(() => new Statement(props)).toThrow(message);
  });
});

describe('condition operators', () => {
  it.each([
    'StringEquals',
    'StringLikeIfExists',
    'ArnNotLike',
    'BoolIfExists',
    'Null',
    'ForAllValues:StringEquals',
    'ForAnyValue:StringLikeIfExists',
    'IpAddress',
    'DateLessThanEquals',
    'BinaryEquals',
  ])('accepts %s', (operator) => {
    expect(isConditionOperator(operator)).toBe(true);
  });

  it.each([
    'StringEqual',
    'stringequals',
    'NullIfExists',
    'ForAllValues:Null',
    'ForSomeValues:StringEquals',
    'Bool:IfExists',
    '',
  ])('rejects %s', (operator) => {
    expect(isConditionOperator(operator)).toBe(false);
  });
});

describe('PolicyDocument', () => {
  it('renders a versioned document, minified for AWS', () => {
    const doc = new PolicyDocument({ statements: [readBucket] });
    expect(doc.toJson()).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }],
    });
    expect(doc.toString()).toBe(JSON.stringify(doc.toJson()));
    expect(doc.toString()).not.toMatch(/\s/);
  });

  it('rejects "*" on "*" unless allowAdministrator is set, and accepts a deny of everything', () => {
    const admin = { actions: ['*'], resources: ['*'] };
    expect(new PolicyDocument({ statements: [admin] }).validate('managed')).toEqual([
      expect.stringMatching(/allows "\*" on "\*" .*allowAdministrator: true/),
    ]);
    expect(new PolicyDocument({ statements: [admin], allowAdministrator: true }).validate('managed')).toEqual(
      [],
    );
    expect(new PolicyDocument({ statements: [{ ...admin, effect: 'Deny' }] }).validate('scp')).toEqual([]);
  });

  it('checks resources and principals by policy kind', () => {
    const trustWithResource = new PolicyDocument({
      statements: [
        { actions: ['sts:AssumeRole'], principals: { Service: ['ec2.amazonaws.com'] }, resources: ['*'] },
      ],
    });
    expect(trustWithResource.validate('trust')).toEqual([
      expect.stringMatching(/trust policy has resources/),
    ]);
    const trustWithoutPrincipal = new PolicyDocument({ statements: [{ actions: ['sts:AssumeRole'] }] });
    expect(trustWithoutPrincipal.validate('trust')).toEqual([expect.stringMatching(/needs principals/)]);
    const identityWithPrincipal = new PolicyDocument({ statements: [{ ...readBucket, principals: '*' }] });
    expect(identityWithPrincipal.validate('managed')).toEqual([
      expect.stringMatching(/identity policy has principals/),
    ]);
    expect(identityWithPrincipal.validate('scp')).toEqual([expect.stringMatching(/an SCP has principals/)]);
    const noResources = new PolicyDocument({ statements: [{ actions: ['s3:GetObject'] }] });
    expect(noResources.validate('inlineRole')).toEqual([
      expect.stringMatching(/needs resources or notResources/),
    ]);
    expect(new PolicyDocument().validate('managed')).toEqual([expect.stringMatching(/no statements/)]);
    const twice = new PolicyDocument({
      statements: [
        { ...readBucket, sid: 'A' },
        { ...readBucket, sid: 'A' },
      ],
    });
    expect(twice.validate('managed')).toEqual([expect.stringMatching(/Sid "A" is used more than once/)]);
  });

  it('counts size without whitespace, the way AWS does', () => {
    const doc = new PolicyDocument({ statements: [readBucket] });
    const pretty = JSON.stringify(doc.toJson(), null, 2);
    expect(doc.size()).toBe(pretty.replace(/\s/g, '').length);
    expect(doc.size()).toBeLessThan(pretty.length);
  });

  it.each<[PolicyKind, number]>([
    ['managed', 6144],
    ['inlineRole', 10240],
    ['scp', 5120],
    ['inlineUser', 2048],
    ['inlineGroup', 5120],
  ])('enforces the %s limit of %d characters at the exact boundary', (kind, limit) => {
    expect(POLICY_SIZE_LIMITS[kind]).toBe(limit);
    // As many statements as fit with room for a Sid, then a Sid padded so the size lands exactly on the limit.
    const sidOverhead = '"Sid":"",'.length;
    let count = 1;
    while (documentOfSize(count + 1).size() + sidOverhead < limit) count += 1;
    const base = documentOfSize(count);
    const padding = limit - base.size() - sidOverhead;
    expect(padding).toBeGreaterThan(0);
    const [first, ...rest] = base.statements;
    const exact = new PolicyDocument({
      statements: [new Statement({ ...first, sid: 'S'.repeat(padding) }), ...rest],
    });
    expect(exact.size()).toBe(limit);
    expect(exact.validate(kind)).toEqual([]);
    const over = new PolicyDocument({
      statements: [new Statement({ ...first, sid: 'S'.repeat(padding + 1) }), ...rest],
    });
    expect(over.size()).toBe(limit + 1);
    expect(over.validate(kind)).toEqual([
      expect.stringMatching(
        new RegExp(`the policy is ${limit + 1} characters without whitespace, over the ${limit}`),
      ),
    ]);
  });

  it('enforces the 2,048-character trust policy limit', () => {
    const principals = Array.from({ length: 60 }, (_, i) => `arn:aws:iam::${String(100000000000 + i)}:root`);
    const doc = new PolicyDocument({
      statements: [{ actions: ['sts:AssumeRole'], principals: { AWS: principals } }],
    });
    expect(doc.size()).toBeGreaterThan(2048);
    expect(doc.validate('trust')).toEqual([
      expect.stringMatching(/over the 2048 allowed for a role trust policy/),
    ]);
  });

  it('assertValid lists every problem with a label', () => {
    const doc = new PolicyDocument({ statements: [{ actions: ['*'], resources: ['*'], principals: '*' }] });
    expect(() => doc.assertValid('managed', 'MyPolicy')).toThrow(
      /^MyPolicy: invalid managed policy: .*has principals.*; .*full administrator access/,
    );
  });

  it('escapes IAM policy variables for Terraform but leaves cdktf tokens alone', () => {
    const doc = new PolicyDocument({
      statements: [
        {
          actions: ['s3:ListBucket'],
          resources: ['${TfToken[TOKEN.42]}'],
          conditions: { StringLike: { 's3:prefix': ['home/${aws:username}/*', 'x${*}y'] } },
        },
      ],
    });
    const rendered = doc.toTerraformString();
    expect(rendered).toContain('home/$${aws:username}/*');
    expect(rendered).toContain('x$${*}y');
    expect(rendered).toContain('"${TfToken[TOKEN.42]}"');
    expect(unescapeTerraform(rendered)).toBe(doc.toString());
    expect(escapeForTerraform('100%{x}')).toBe('100%%{x}');
  });
});

describe('mergeStatements', () => {
  it('merges statements that differ only in actions, then only in resources', () => {
    const merged = mergeStatements([
      Statement.allow({ sid: 'A', actions: ['s3:GetObject'], resources: ['arn:aws:s3:::b/*'] }),
      Statement.allow({ sid: 'B', actions: ['s3:PutObject'], resources: ['arn:aws:s3:::b/*'] }),
      Statement.allow({ actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::c/*'] }),
      Statement.deny({ actions: ['s3:DeleteObject'], resources: ['arn:aws:s3:::b/*'] }),
      Statement.allow({
        actions: ['s3:GetObject'],
        resources: ['arn:aws:s3:::d/*'],
        conditions: { Bool: { 'aws:SecureTransport': true } },
      }),
    ]);
    expect(merged.map((s) => s.toJson())).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'],
      },
      { Effect: 'Deny', Action: ['s3:DeleteObject'], Resource: ['arn:aws:s3:::b/*'] },
      {
        Effect: 'Allow',
        Action: ['s3:GetObject'],
        Resource: ['arn:aws:s3:::d/*'],
        Condition: { Bool: { 'aws:SecureTransport': 'true' } },
      },
    ]);
  });

  it('keeps NotAction statements as they are and collapses duplicates', () => {
    const notAction = Statement.deny({ notActions: ['iam:*'], resources: ['*'] });
    const merged = mergeStatements([
      notAction,
      Statement.deny({ notActions: ['sts:*'], resources: ['*'] }),
      notAction,
    ]);
    expect(merged.map((m) => m.notActions)).toEqual([['iam:*'], ['sts:*']]);
    expect(mergeStatements([new Statement(readBucket), new Statement(readBucket)])).toHaveLength(1);
  });

  it('grants exactly the same (effect, action, resource, condition) tuples, for any statements', () => {
    const action = fc.constantFrom('s3:GetObject', 's3:PutObject', 'ec2:RunInstances', 'iam:GetRole');
    const resource = fc.constantFrom('*', 'arn:aws:s3:::a/*', 'arn:aws:s3:::b/*');
    const statement = fc.record({
      effect: fc.constantFrom<'Allow' | 'Deny'>('Allow', 'Deny'),
      actions: fc.uniqueArray(action, { minLength: 1, maxLength: 3 }),
      resources: fc.uniqueArray(resource, { minLength: 1, maxLength: 2 }),
      secure: fc.boolean(),
    });
    const tuples = (statements: readonly Statement[]) =>
      new Set(
        statements.flatMap((s) =>
          (s.actions ?? []).flatMap((a) =>
            (s.resources ?? []).map((r) => `${s.effect} ${a} ${r} ${JSON.stringify(s.conditions ?? {})}`),
          ),
        ),
      );
    fc.assert(
      fc.property(fc.array(statement, { maxLength: 8 }), (specs) => {
        const statements = specs.map(
          (s) =>
            new Statement({
              effect: s.effect,
              actions: s.actions,
              resources: s.resources,
              conditions: s.secure ? { Bool: { 'aws:SecureTransport': true } } : undefined,
            }),
        );
        const merged = mergeStatements(statements);
        expect(tuples(merged)).toEqual(tuples(statements));
        expect(merged.length).toBeLessThanOrEqual(statements.length);
      }),
    );
  });

  it('PolicyDocument.merged shrinks a policy past a size limit back under it', () => {
    const doc = new PolicyDocument({
      statements: Array.from({ length: 120 }, (_, i) => ({
        actions: [`s3:${['GetObject', 'PutObject', 'DeleteObject'][i % 3]}`],
        resources: [`arn:aws:s3:::bucket-${Math.floor(i / 3)}/*`],
      })),
    });
    expect(doc.validate('managed')).not.toEqual([]);
    const merged = doc.merged();
    expect(merged.statements).toHaveLength(1);
    expect(merged.validate('managed')).toEqual([]);
  });
});
