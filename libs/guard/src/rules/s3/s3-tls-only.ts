import { companions, withoutCompanion } from '../../inspect/companions';
import {
  PolicyCondition,
  PolicyStatement,
  computedText,
  coversActions,
  namesEveryone,
  readPolicy,
} from '../../inspect/policies';
import { GuardRule, TerraformResource } from '../../model';
import { Expression } from '../../terraform/expression';
import { Answer, undecided } from '../../values';

export const s3TlsOnly: GuardRule = {
  id: 'GW-S3-009',
  severity: 'error',
  title: 'S3 bucket policy must deny requests that are not over TLS',
  why: 'S3 accepts plain HTTP requests unless the bucket policy denies them; data and credentials then cross the network unencrypted.',
  fix: 'Add an aws_s3_bucket_policy with a statement: Effect Deny, Principal "*", Action "s3:*", Resource the bucket ARN and <bucket ARN>/*, Condition Bool aws:SecureTransport = "false", and no other condition.',
  checkov: [],
  trivy: [],
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, config) {
    const found = companions(config, 'aws_s3_bucket_policy', 'bucket', bucket);
    const policies = [bucket.body.get('policy'), ...found.matched.map((p) => p.body.get('policy'))].filter(
      (p) => p !== undefined,
    );
    if (policies.length === 0) {
      return withoutCompanion(found, 'the bucket has no aws_s3_bucket_policy denying non-TLS requests');
    }
    const unknown: string[] = [];
    for (const policy of policies) {
      const read = readPolicy(policy, config);
      if (read === undefined) continue;
      if ('unreadable' in read) {
        unknown.push(read.unreadable);
        continue;
      }
      for (const statement of read.statements) {
        const answer = deniesPlainHttpToEveryone(statement, bucket);
        if (answer === 'yes') return [];
        if (answer === 'unknown')
          unknown.push('a Deny statement has computed principals, actions, resources or values');
      }
    }
    if (unknown.length > 0) {
      return [undecided(`cannot tell whether the bucket policy denies every non-TLS request: ${unknown[0]}`)];
    }
    return [
      'no bucket policy statement denies every principal and every action when aws:SecureTransport is false',
    ];
  },
};

/** Deny, for everyone, every S3 action on the bucket and its objects, on `aws:SecureTransport` false alone. */
function deniesPlainHttpToEveryone(s: PolicyStatement, bucket: TerraformResource): Answer {
  if (s.effect !== 'Deny' || s.notPrincipals || s.notActions || s.notResources) return 'no';
  const conditions = s.conditions;
  const transport = conditions.filter(isSecureTransportCheck);
  // Any other condition narrows the deny to some requests.
  if (transport.length === 0 || transport.length !== conditions.length) return 'no';
  const values = transport.flatMap((c) => c.values);
  const parts: Answer[] = [
    values.some((v) => v.toLowerCase() === 'false')
      ? 'yes'
      : values.some((v) => computedText(v))
        ? 'unknown'
        : 'no',
    namesEveryone(s.principals),
    coversActions(s.actions, 's3'),
    coversBucketAndObjects(s.resources ?? [], bucket),
  ];
  return parts.includes('no') ? 'no' : parts.includes('unknown') ? 'unknown' : 'yes';
}

/**
 * `Bool` (or `BoolIfExists`) on `aws:SecureTransport`. IAM matches condition keys and boolean values without
 * regard to case, so `aws:securetransport` and `"False"` count too.
 */
function isSecureTransportCheck(c: PolicyCondition): boolean {
  return (
    (c.test === 'Bool' || c.test === 'BoolIfExists') && c.variable.toLowerCase() === 'aws:securetransport'
  );
}

/** Do the resources cover the bucket itself and every object in it? */
function coversBucketAndObjects(resources: readonly string[], bucket: TerraformResource): Answer {
  const name = bucket.body.string('bucket');
  const covers = (suffix: '' | '/*'): Answer => {
    let unknown = false;
    for (const r of resources) {
      if (r === '*' || /^arn:aws[a-z-]*:s3:::\*$/.test(r)) return 'yes';
      const expression = computedText(r);
      if (expression !== undefined) {
        const refersToBucket = new RegExp(
          `\\$\\{\\s*${escape(bucket.blockAddress)}(\\[[^\\]]*\\])?\\.arn\\s*\\}${escape(suffix)}$`,
        );
        if (refersToBucket.test(expression)) return 'yes';
        if (
          name instanceof Expression &&
          new RegExp(`^arn:aws[a-z-]*:s3:::${escape(name.text)}${escape(suffix)}$`).test(expression)
        ) {
          return 'yes';
        }
        unknown = true;
      } else if (
        typeof name === 'string' &&
        new RegExp(`^arn:aws[a-z-]*:s3:::${escape(name)}${escape(suffix)}$`).test(r)
      ) {
        return 'yes';
      }
    }
    return unknown ? 'unknown' : 'no';
  };
  const both = [covers(''), covers('/*')];
  return both.includes('no') ? 'no' : both.includes('unknown') ? 'unknown' : 'yes';
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
