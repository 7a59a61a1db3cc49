import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceResult } from '@groundwork/drift';
import { synthLocator } from './synth-locator';

const synthesized = JSON.stringify(
  {
    data: { aws_iam_role: { app: { name: 'existing' } } },
    resource: { aws_iam_role: { other: { name: 'o' }, app: { name: 'app' } } },
  },
  null,
  2,
);

describe('synthLocator', () => {
  const dir = mkdtempSync(join(tmpdir(), 'synth-locator-'));
  const file = join(dir, 'stacks', 'app', 'cdk.tf.json');
  mkdirSync(join(dir, 'stacks', 'app'), { recursive: true });
  writeFileSync(file, synthesized);
  const locate = synthLocator({ stacks: [{ name: 'app', file }] }, dir);
  const result = (address: string) => ({ stack: 'app', address }) as ResourceResult;
  const lineOf = (text: string) => synthesized.split('\n').findIndex((l) => l.includes(text)) + 1;

  it('lands on the resource block, not on a data block of the same type and name', () => {
    const resourceLine =
      synthesized.split('\n').findIndex((l, i) => i > lineOf('"resource"') && l.includes('"app": {')) + 1;
    expect(locate(result('aws_iam_role.app'))).toEqual({
      uri: 'stacks/app/cdk.tf.json',
      startLine: resourceLine,
    });
    expect(resourceLine).toBeGreaterThan(lineOf('"resource"'));
  });

  it('finds a counted instance at its block, and gives the file alone for an address it does not declare', () => {
    expect(locate(result('aws_iam_role.other[0]'))).toEqual({
      uri: 'stacks/app/cdk.tf.json',
      startLine: lineOf('"other"'),
    });
    expect(locate(result('aws_s3_bucket.logs'))).toEqual({ uri: 'stacks/app/cdk.tf.json' });
    expect(locate({ stack: 'elsewhere', address: 'aws_iam_role.app' } as ResourceResult)).toBeUndefined();
  });
});
