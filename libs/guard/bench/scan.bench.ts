// Prints the guard scanner's benchmark section for BENCHMARKS.md (`npm run bench -- guard`).
import { ALL_RULES, scanTerraform } from '../src';

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

/** A synthetic estate of about `size` resources in the shapes the rules look at, half of them non-compliant. */
function estate(size: number) {
  const resource: Blocks = {};
  const add = (type: string, name: string, values: Record<string, unknown>) => {
    resource[type] ??= {};
    resource[type][name] = { '//': { metadata: { path: `bench/${name}`, uniqueId: name } }, ...values };
  };
  for (let i = 0; i < size / 10; i++) {
    const good = i % 2 === 0;
    add('aws_s3_bucket', `b${i}`, { bucket: `acme-${i}` });
    add('aws_s3_bucket_public_access_block', `b${i}`, {
      bucket: `\${aws_s3_bucket.b${i}.id}`,
      block_public_acls: true,
      block_public_policy: good,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
    add('aws_s3_bucket_versioning', `b${i}`, {
      bucket: `\${aws_s3_bucket.b${i}.id}`,
      versioning_configuration: { status: good ? 'Enabled' : 'Suspended' },
    });
    add('aws_security_group', `sg${i}`, { vpc_id: '${aws_vpc.main.id}' });
    add('aws_vpc_security_group_ingress_rule', `sg${i}`, {
      security_group_id: `\${aws_security_group.sg${i}.id}`,
      ip_protocol: 'tcp',
      from_port: good ? 443 : 22,
      to_port: good ? 443 : 22,
      cidr_ipv4: '0.0.0.0/0',
    });
    add('aws_instance', `i${i}`, { metadata_options: { http_tokens: good ? 'required' : 'optional' } });
    add('aws_iam_role', `r${i}`, { assume_role_policy: '{}' });
    add('aws_iam_role_policy', `r${i}`, {
      role: `\${aws_iam_role.r${i}.id}`,
      policy: JSON.stringify({
        Statement: [{ Effect: 'Allow', Action: good ? 's3:GetObject' : '*', Resource: '*' }],
      }),
    });
    add('aws_db_instance', `db${i}`, { storage_encrypted: good, multi_az: true, deletion_protection: true });
    add('aws_sqs_queue', `q${i}`, { name: `q${i}` });
  }
  return { resource };
}

/** The same configuration in the HCL JSON array form: every labelling level and block body an array. */
function arrayForm(json: { resource: Blocks }) {
  return {
    resource: Object.entries(json.resource).map(([type, byName]) => ({
      [type]: Object.entries(byName).map(([name, body]) => ({ [name]: [body] })),
    })),
  };
}

interface Workload {
  readonly resources: number;
  readonly text: string;
  readonly times: number[];
  findings: number;
}

function workload(size: number, form: 'object' | 'array' = 'object'): Workload {
  const json = estate(size);
  const text = JSON.stringify(form === 'array' ? arrayForm(json) : json, null, 2);
  scanTerraform(JSON.parse(text), { sourceText: text }); // warm-up
  return { resources: size, text, times: [], findings: 0 };
}

// No forced collection before a run: a full collection shrinks the young generation and leaves sweeping to
// background threads on the 2 cores, which slowed the larger workload more than the smaller (growth read 2.2× to
// 2.5× with it); each run pays for the garbage it makes, as a scan in CI does.
function run(w: Workload): void {
  const start = process.hrtime.bigint();
  w.findings = scanTerraform(JSON.parse(w.text), { sourceText: w.text }).length;
  w.times.push(Number(process.hrtime.bigint() - start) / 1e6);
}

// Runs of the two sizes alternate, so both see the same machine; the fastest run of each is the estimate (the
// 2 cores are shared, and a disturbed run is only ever slower).
const RUNS = 11;
const smallRuns = workload(10_000);
const largeRuns = workload(20_000);
const arrayRuns = workload(10_000, 'array');
for (let i = 0; i < RUNS; i++) {
  run(smallRuns);
  run(largeRuns);
  run(arrayRuns);
}
const small = { ...smallRuns, ms: Math.min(...smallRuns.times) };
const large = { ...largeRuns, ms: Math.min(...largeRuns.times) };
const array = { ...arrayRuns, ms: Math.min(...arrayRuns.times) };
const TARGET_MS = 1000;
const growth = large.ms / small.ms;
const row = (measure: string, value: string, target = '', result = '') =>
  `| ${measure} | ${value} | ${target} | ${result} |`;

console.log(
  [
    '## Guard scanner (libs/guard)',
    '',
    `${ALL_RULES.length} rules over a generated configuration: per 10 resources one S3 bucket with its public access`,
    'block and versioning, a security group with a VPC ingress rule, an instance, an IAM role with an inline policy,',
    'a database and a queue; every other one non-compliant.',
    '',
    '| measure | value | target | result |',
    '| --- | --- | --- | --- |',
    row(
      `scan of ${small.resources.toLocaleString('en')} resources (best of ${RUNS})`,
      `${small.ms.toFixed(0)} ms`,
      `≤ ${TARGET_MS} ms`,
      small.ms <= TARGET_MS ? 'pass' : 'FAIL',
    ),
    row('findings', small.findings.toLocaleString('en')),
    row(`scan of ${large.resources.toLocaleString('en')} resources`, `${large.ms.toFixed(0)} ms`),
    row(
      `scan of ${array.resources.toLocaleString('en')} resources in the array form`,
      `${array.ms.toFixed(0)} ms`,
      `findings as in the object form (${small.findings.toLocaleString('en')})`,
      array.findings === small.findings ? 'pass' : 'FAIL',
    ),
    row(
      'growth 10,000 → 20,000 resources',
      `${growth.toFixed(2)}×`,
      '≤ 2.2× (linear)',
      growth <= 2.2 ? 'pass' : 'FAIL',
    ),
    '',
    'How measured: `JSON.parse` of the pretty-printed file plus `scanTerraform` with the source text (so each',
    `finding gets its line), best of ${RUNS} runs per workload after a warm-up, the workloads alternating, with no`,
    'forced collection between runs. The array form writes every labelling level and resource body as arrays of objects, as',
    '`hcl2json` does.',
  ].join('\n'),
);
