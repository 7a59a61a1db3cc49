// Drift checker Lambda: bundle size, cold import time, and warm per-event time against a 1,000-resource IaC.
// Prints one markdown section (npm run bench -- drift-checker).
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import { ConfigServiceClient } from '@aws-sdk/client-config-service';
import { EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { IAMClient } from '@aws-sdk/client-iam';
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { groundworkDriftEngine } from '../src/drift-engine';
import { createHandler } from '../src/handler';
import { InMemoryFingerprintStore } from '../src/sinks/fingerprint-store';

const root = resolve(__dirname, '../../..');
const bundle = join(root, 'dist/apps/drift-checker/main.js');
const TARGET_BUNDLE_BYTES = 1024 * 1024;
const TARGET_COLD_MS = 250;
const TARGET_P99_MS = 5;

// --- bundle size: the real build target -------------------------------------------------------------------------
execFileSync(
  process.execPath,
  [require.resolve('nx/bin/nx'), 'run', 'drift-checker:build', '--skip-nx-cache', '--output-style=static'],
  {
    cwd: root,
    stdio: 'ignore',
    env: { ...process.env, NX_NO_CLOUD: 'true', NX_DAEMON: 'false' },
  },
);
const bundleBytes = statSync(bundle).size;
const gzipBytes = gzipSync(readFileSync(bundle)).length;

// --- cold import: node requiring the bundle (module init, settings, SDK clients) minus a bare node start ------------
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
/** Wall time of a node process, and the CPU time it used (which a busy machine does not inflate). */
function timeNode(code: string): { wall: number; cpu: number } {
  const t = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['-e', `${code};const u=process.cpuUsage();process.stdout.write(String(u.user+u.system))`],
    {
      env: {
        PATH: process.env.PATH,
        IAC_BUCKET: 'bench-iac',
        AWS_REGION: 'eu-west-1',
        NODE_NO_WARNINGS: '1',
      },
      encoding: 'utf8',
    },
  );
  const wall = Number(process.hrtime.bigint() - t) / 1e6;
  if (r.status !== 0) throw new Error(`node -e ${code} exited ${r.status}: ${r.stderr}`);
  return { wall, cpu: Number(r.stdout) / 1000 };
}
const COLD_RUNS = 21;
const bare: { wall: number; cpu: number }[] = [];
const withBundle: { wall: number; cpu: number }[] = [];
for (let i = 0; i < COLD_RUNS; i++) {
  bare.push(timeNode('0'));
  withBundle.push(timeNode(`require(${JSON.stringify(bundle)})`));
}
const coldMs = median(withBundle.map((r) => r.wall)) - median(bare.map((r) => r.wall));
const coldMinMs = Math.min(...withBundle.map((r) => r.wall)) - Math.min(...bare.map((r) => r.wall));
const coldCpuMs = median(withBundle.map((r) => r.cpu)) - median(bare.map((r) => r.cpu));
const load = loadavg()[0];

// --- warm per-event: 1,000-resource IaC, real engine, every AWS call answered in-process -----------------------------
const SG_COUNT = 600;
const BUCKET_COUNT = 400;
const sgId = (i: number) => `sg-${(0x10000000 + i).toString(16)}`;
const stack = {
  '//': { metadata: { stackName: 'bench-dev' } },
  provider: { aws: [{ region: 'eu-west-1', default_tags: [{ tags: { project: 'groundwork' } }] }] },
  resource: {
    aws_security_group: Object.fromEntries(
      Array.from({ length: SG_COUNT }, (_, i) => [
        `sg${i}`,
        {
          '//': { metadata: { path: `bench-dev/tier${i % 7}/sg${i}` } },
          name: `sg-${i}`,
          description: `tier ${i % 7}`,
          vpc_id: 'vpc-0bench',
          ingress: [
            {
              from_port: 443,
              to_port: 443,
              protocol: 'tcp',
              cidr_blocks: ['10.0.0.0/16'],
              description: 'https',
            },
          ],
          egress: [{ from_port: 0, to_port: 0, protocol: '-1', cidr_blocks: ['0.0.0.0/0'] }],
          tags: { Name: `sg-${i}` },
        },
      ]),
    ),
    aws_s3_bucket: Object.fromEntries(
      Array.from({ length: BUCKET_COUNT }, (_, i) => [
        `b${i}`,
        { '//': { metadata: { path: `bench-dev/data/b${i}` } }, bucket: `bench-bucket-${i}` },
      ]),
    ),
  },
};
const state = {
  version: 4,
  terraform_version: '1.11.4',
  serial: 1,
  lineage: 'bench',
  outputs: {},
  resources: [
    ...Array.from({ length: SG_COUNT }, (_, i) => ({
      mode: 'managed',
      type: 'aws_security_group',
      name: `sg${i}`,
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: 1, attributes: { id: sgId(i), name: `sg-${i}` } }],
    })),
    ...Array.from({ length: BUCKET_COUNT }, (_, i) => ({
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: `b${i}`,
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [
        { schema_version: 0, attributes: { id: `bench-bucket-${i}`, bucket: `bench-bucket-${i}` } },
      ],
    })),
  ],
};
const buildStart = process.hrtime.bigint();
const checks = groundworkDriftEngine.createChecks(
  [
    {
      path: 'manifest.json',
      content: JSON.stringify({
        stacks: { 'bench-dev': { name: 'bench-dev', synthesizedStackPath: 'stacks/bench-dev/cdk.tf.json' } },
      }),
    },
    { path: 'stacks/bench-dev/cdk.tf.json', content: JSON.stringify(stack) },
  ],
  [{ path: 'bench-dev.tfstate', content: JSON.stringify(state) }],
  { recordedTypes: [] },
);
const buildMs = Number(process.hrtime.bigint() - buildStart) / 1e6;

const answer = async () => ({ FailedEvaluations: [], FailedEntryCount: 0, MessageId: 'm' });
const config = new ConfigServiceClient({ region: 'eu-west-1' });
const sns = new SNSClient({ region: 'eu-west-1' });
const events = new EventBridgeClient({ region: 'eu-west-1' });
const cloudControl = new CloudControlClient({ region: 'eu-west-1' });
const iam = new IAMClient({ region: 'eu-west-1' });
const organizations = new OrganizationsClient({ region: 'us-east-1' });
const s3 = new S3Client({ region: 'eu-west-1' });
for (const c of [config, sns, events, cloudControl, iam, organizations, s3])
  (c as unknown as { send: typeof answer }).send = answer;
const metrics = new Metrics({ namespace: 'Bench', serviceName: 'bench' });
const handler = createHandler({
  engine: groundworkDriftEngine,
  checks: async () => checks,
  config,
  live: { config, cloudControlFor: () => cloudControl, iam, organizations },
  region: 'eu-west-1',
  sns,
  events,
  s3,
  settings: {
    topicArn: 'arn:aws:sns:eu-west-1:123456789012:bench',
    eventBusName: 'bench',
    sweepTypes: [],
    reportBucket: null,
    reportPrefix: '',
    reportKmsKeyArn: null,
  },
  fingerprints: new InMemoryFingerprintStore(3_600_000),
  logger: new Logger({ serviceName: 'bench', logLevel: 'INFO' }),
  metrics,
});

function sgItem(i: number, drifted: boolean) {
  return {
    configurationItemCaptureTime: '2026-11-27T10:00:00.000Z',
    configurationItemStatus: 'OK',
    configurationStateId: 1,
    awsAccountId: '123456789012',
    resourceType: 'AWS::EC2::SecurityGroup',
    resourceId: sgId(i),
    resourceName: `sg-${i}`,
    ARN: `arn:aws:ec2:eu-west-1:123456789012:security-group/${sgId(i)}`,
    awsRegion: 'eu-west-1',
    tags: { Name: `sg-${i}`, project: 'groundwork' },
    relationships: [],
    configuration: {
      description: drifted ? 'changed in the console' : `tier ${i % 7}`,
      groupName: `sg-${i}`,
      groupId: sgId(i),
      vpcId: 'vpc-0bench',
      ipPermissions: [
        {
          fromPort: 443,
          toPort: 443,
          ipProtocol: 'tcp',
          ipv4Ranges: [{ cidrIp: '10.0.0.0/16', description: 'https' }],
          ipRanges: ['10.0.0.0/16'],
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [],
        },
      ],
      ipPermissionsEgress: [
        {
          ipProtocol: '-1',
          ipv4Ranges: [{ cidrIp: '0.0.0.0/0' }],
          ipRanges: ['0.0.0.0/0'],
          ipv6Ranges: [],
          prefixListIds: [],
          userIdGroupPairs: [],
        },
      ],
      tags: [{ key: 'Name', value: `sg-${i}` }],
    },
    supplementaryConfiguration: {},
  };
}
// The sample must exercise real comparisons: matched and in sync, or matched and drifted.
for (const [i, drifted, want] of [
  [1, false, 'IN_SYNC'],
  [2, true, 'MODIFIED'],
] as const) {
  const got = checks.checkItem(
    groundworkDriftEngine.fromEventItem(sgItem(i, drifted) as never, 'bench'),
  ).status;
  if (got !== want)
    throw new Error(`bench IaC and events do not match: ${sgId(i)} is ${got}, expected ${want}`);
}
// Half EventBridge events (alert path), half rule invocations (evaluation path); one in ten drifted.
const sample = Array.from({ length: 1000 }, (_, n) => {
  const item = sgItem(n % SG_COUNT, n % 10 === 0);
  return n % 2
    ? {
        version: '0',
        id: `e${n}`,
        'detail-type': 'Config Configuration Item Change',
        source: 'aws.config',
        account: '123456789012',
        time: '2026-11-27T10:00:01Z',
        region: 'eu-west-1',
        resources: [],
        detail: {
          messageType: 'ConfigurationItemChangeNotification',
          configurationItem: item,
          notificationCreationTime: '2026-11-27T10:00:01Z',
          recordVersion: '1.3',
        },
      }
    : {
        invokingEvent: JSON.stringify({
          configurationItem: item,
          messageType: 'ConfigurationItemChangeNotification',
        }),
        ruleParameters: '{}',
        resultToken: 'token',
        eventLeftScope: false,
        configRuleName: 'groundwork-drift',
        accountId: '123456789012',
        version: '1.0',
      };
});

async function measure(): Promise<{ p50: number; p99: number; n: number; drifted: number }> {
  // Logs and EMF metrics are serialized as in Lambda but written nowhere, so stdout stays the report.
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = (() => true) as typeof process.stdout.write;
  try {
    let drifted = 0;
    for (let i = 0; i < 2000; i++) await handler(sample[i % sample.length]);
    const times: number[] = [];
    for (let round = 0; round < 5; round++)
      for (const event of sample) {
        const t = process.hrtime.bigint();
        const outcome = await handler(event);
        times.push(Number(process.hrtime.bigint() - t) / 1e6);
        drifted += outcome.drifted;
      }
    times.sort((a, b) => a - b);
    return {
      p50: times[Math.floor(times.length * 0.5)],
      p99: times[Math.floor(times.length * 0.99)],
      n: times.length,
      drifted,
    };
  } finally {
    process.stdout.write = write;
  }
}

void measure().then((warm) => {
  const ok = (pass: boolean) => (pass ? 'pass' : '**FAIL**');
  const kb = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
  const lines = [
    '## drift-checker Lambda',
    '',
    '| measure | value | target | result |',
    '| --- | --- | --- | --- |',
    `| bundle size, minified (\`dist/apps/drift-checker/main.js\`) | ${kb(bundleBytes)} (${kb(gzipBytes)} gzipped) | ≤ 1 MiB | ${ok(bundleBytes <= TARGET_BUNDLE_BYTES)} |`,
    `| cold import over \`node -e 0\`, wall time, median of ${COLD_RUNS} | ${coldMs.toFixed(0)} ms (best of ${COLD_RUNS}: ${coldMinMs.toFixed(0)} ms) | ≤ ${TARGET_COLD_MS} ms | ${ok(coldMs <= TARGET_COLD_MS)} |`,
    `| cold import over \`node -e 0\`, CPU time, median | ${coldCpuMs.toFixed(0)} ms | | |`,
    `| warm per event, p50 | ${warm.p50.toFixed(3)} ms | | |`,
    `| warm per event, p99 | ${warm.p99.toFixed(3)} ms | ≤ ${TARGET_P99_MS} ms | ${ok(warm.p99 <= TARGET_P99_MS)} |`,
    `| building the comparison from the 1,000-resource IaC and state (once per IaC version) | ${buildMs.toFixed(0)} ms | | |`,
    '',
    'How measured:',
    '- Bundle: `nx run drift-checker:build` (esbuild, minified, node22, AWS SDK clients and Powertools bundled), size of `main.js` without its source map.',
    `- Cold import: \`node -e "require(main.js)"\` minus \`node -e 0\`, each run ${COLD_RUNS} times alternately; requiring runs the module init of the Lambda (settings, Powertools, the SDK clients of AWS Config, Cloud Control, IAM, Organizations, S3, SNS and EventBridge). Wall time is what the target is about; the CPU time (user + system, from \`process.cpuUsage()\` in the child) is given because the 2 cores are shared: the 1-minute load average was ${load.toFixed(1)} when this ran.`,
    `- Warm: the handler from \`src/\` on the real \`@groundwork/drift\` engine over an IaC of ${SG_COUNT} security groups and ${BUCKET_COUNT} buckets with state; ${warm.n} change events (half EventBridge, half Config rule invocations, one in ten drifted: ${warm.drifted} drifts) after 2,000 warm-up events; every SDK \`send\` answered in-process, Powertools logs and EMF metrics serialized as in Lambda and discarded.`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
});
