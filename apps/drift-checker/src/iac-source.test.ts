import { GetObjectCommand, GetObjectCommandInput, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import type { DriftChecks, LoadedFile } from './engine-port';
import { IacSourceError, S3IacSource } from './iac-source';

const s3Mock = mockClient(S3Client);

/** A tiny S3: objects by "bucket/key" with ETags, answering If-None-Match with 304 like the real service. */
class FakeBucket {
  readonly objects = new Map<string, { body: string; etag: string }>();
  private version = 0;

  put(bucket: string, key: string, body: unknown): void {
    this.objects.set(`${bucket}/${key}`, {
      body: typeof body === 'string' ? body : JSON.stringify(body),
      etag: `"v${++this.version}"`,
    });
  }

  install(): void {
    s3Mock.on(GetObjectCommand).callsFake((input: GetObjectCommandInput) => {
      const object = this.objects.get(`${input.Bucket}/${input.Key}`);
      if (!object)
        throw Object.assign(new Error('Access Denied'), {
          name: 'AccessDenied',
          $metadata: { httpStatusCode: 403 },
        });
      if (input.IfNoneMatch === object.etag)
        throw Object.assign(new Error('Not Modified'), {
          name: 'NotModified',
          $metadata: { httpStatusCode: 304 },
        });
      return { ETag: object.etag, Body: { transformToString: async () => object.body } };
    });
  }
}

const stack = (name: string, backend?: { bucket: string; key: string }) => ({
  resource: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } },
  ...(backend ? { terraform: { backend: { s3: { ...backend, region: 'eu-west-1' } } } } : {}),
  '//': { metadata: { stackName: name } },
});
const manifest = (names: string[]) => ({
  version: '0.21.0',
  stacks: Object.fromEntries(
    names.map((n) => [n, { name: n, synthesizedStackPath: `stacks/${n}/cdk.tf.json` }]),
  ),
});

function setup(ttl = 60) {
  s3Mock.reset();
  const bucket = new FakeBucket();
  bucket.put('iac', 'cdktf.out/manifest.json', manifest(['network-dev', 'data-dev']));
  bucket.put(
    'iac',
    'cdktf.out/stacks/network-dev/cdk.tf.json',
    stack('network-dev', { bucket: 'state', key: 'terraform/network-dev.tfstate' }),
  );
  bucket.put(
    'iac',
    'cdktf.out/stacks/data-dev/cdk.tf.json',
    stack('data-dev', { bucket: 'state', key: 'terraform/data-dev.tfstate' }),
  );
  bucket.put('state', 'terraform/network-dev.tfstate', { version: 4, resources: [] });
  bucket.install();
  const builds: { iac: LoadedFile[]; states: LoadedFile[] }[] = [];
  const warnings: string[] = [];
  let clock = 0;
  const source = new S3IacSource(new S3Client({ region: 'eu-west-1' }), {
    iacBucket: 'iac',
    iacPrefix: 'cdktf.out/',
    stateBucket: 'state',
    statePrefix: 'terraform/',
    cacheTtlSeconds: ttl,
    build: (iac, states) => {
      builds.push({ iac, states });
      return { id: builds.length } as unknown as DriftChecks;
    },
    warn: (message) => warnings.push(message),
    now: () => clock,
  });
  return { bucket, source, builds, warnings, advance: (s: number) => (clock += s * 1000) };
}

describe('S3IacSource', () => {
  it('loads the manifest, every stack it lists, and the state at each stack backend key', async () => {
    const { source, builds, warnings } = setup();
    await source.checks();
    expect(builds).toHaveLength(1);
    expect(builds[0].iac.map((f) => f.path)).toEqual([
      'manifest.json',
      'stacks/network-dev/cdk.tf.json',
      'stacks/data-dev/cdk.tf.json',
    ]);
    // data-dev has never been applied: its state is missing, so it is skipped with a warning.
    expect(builds[0].states).toEqual([
      { path: 'network-dev.tfstate', content: '{"version":4,"resources":[]}' },
    ]);
    expect(warnings).toEqual(['state object not readable: drift identity falls back to tags']);
  });

  it('serves from memory within the TTL, without calling S3', async () => {
    const { source, advance } = setup(60);
    const first = await source.checks();
    const calls = s3Mock.commandCalls(GetObjectCommand).length;
    advance(59);
    expect(await source.checks()).toBe(first);
    expect(s3Mock.commandCalls(GetObjectCommand)).toHaveLength(calls);
  });

  it('re-checks ETags after the TTL and keeps the built model when nothing changed', async () => {
    const { source, builds, advance } = setup(60);
    const first = await source.checks();
    const calls = s3Mock.commandCalls(GetObjectCommand).length;
    advance(60);
    expect(await source.checks()).toBe(first);
    const rechecks = s3Mock.commandCalls(GetObjectCommand).slice(calls);
    expect(rechecks.length).toBe(calls);
    expect(rechecks.filter((c) => c.args[0].input.IfNoneMatch).length).toBe(calls - 1); // all but the missing state
    expect(builds).toHaveLength(1);
  });

  it('rebuilds when a published stack changes', async () => {
    const { source, bucket, builds, advance } = setup(60);
    const first = await source.checks();
    bucket.put('iac', 'cdktf.out/stacks/data-dev/cdk.tf.json', { ...stack('data-dev'), resource: {} });
    advance(61);
    expect(await source.checks()).not.toBe(first);
    expect(builds).toHaveLength(2);
    expect(JSON.parse(builds[1].iac[2].content).resource).toEqual({});
  });

  it('re-checks now when asked for fresh checks, within the TTL, and sees a just-published stack', async () => {
    const { source, bucket, builds, advance } = setup(60);
    const first = await source.checks();
    bucket.put('iac', 'cdktf.out/stacks/data-dev/cdk.tf.json', { ...stack('data-dev'), resource: {} });
    advance(5);
    expect(await source.checks()).toBe(first);
    expect(await source.checks({ fresh: true })).not.toBe(first);
    expect(builds).toHaveLength(2);
  });

  it('rebuilds when a state appears', async () => {
    const { source, bucket, builds, advance } = setup(0);
    await source.checks();
    bucket.put('state', 'terraform/data-dev.tfstate', { version: 4, resources: [] });
    advance(1);
    await source.checks();
    expect(builds[1].states.map((s) => s.path)).toEqual(['network-dev.tfstate', 'data-dev.tfstate']);
  });

  it('does not read state outside the configured prefix', async () => {
    const { source, bucket, builds, warnings } = setup();
    bucket.put(
      'iac',
      'cdktf.out/stacks/network-dev/cdk.tf.json',
      stack('network-dev', { bucket: 'state', key: 'other/network-dev.tfstate' }),
    );
    await source.checks();
    expect(builds[0].states).toEqual([]);
    expect(warnings).toContain(
      'state outside the readable state location: drift identity falls back to tags',
    );
    expect(s3Mock.commandCalls(GetObjectCommand).map((c) => c.args[0].input.Key)).not.toContain(
      'other/network-dev.tfstate',
    );
  });

  it('fails with what to do when cdktf.out was never published', async () => {
    const { source, bucket } = setup();
    bucket.objects.clear();
    await expect(source.checks()).rejects.toThrow(
      new IacSourceError(
        's3://iac/cdktf.out/manifest.json is missing or not readable (AccessDenied): run the deploy workflow to publish cdktf.out, or fix IAC_BUCKET/IAC_PREFIX',
      ),
    );
  });

  it('names the field when the manifest is not what synth writes', async () => {
    const { source, bucket } = setup();
    bucket.put('iac', 'cdktf.out/manifest.json', {
      stacks: { evil: { synthesizedStackPath: '../../etc/passwd' } },
    });
    await expect(source.checks()).rejects.toThrow(
      /stacks.evil.synthesizedStackPath must be a relative path inside cdktf.out/,
    );
  });

  it('passes transient S3 errors through for the SDK retry and Lambda retry to handle', async () => {
    const { source } = setup();
    s3Mock
      .on(GetObjectCommand)
      .rejects(
        Object.assign(new Error('Slow Down'), { name: 'SlowDown', $metadata: { httpStatusCode: 503 } }),
      );
    await expect(source.checks()).rejects.toThrow('Slow Down');
  });
});
