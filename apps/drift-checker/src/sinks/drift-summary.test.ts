import type { ResourceResult } from '@groundwork/drift';
import { annotation, subjectLine, truncate } from './drift-summary';

const base: ResourceResult = {
  status: 'MODIFIED',
  stack: 'data-dev',
  address: 'aws_s3_bucket.assets',
  addresses: ['aws_s3_bucket.assets'],
  constructPath: 'data-dev/assets',
  resourceType: 'AWS::S3::Bucket',
  resourceId: 'assets',
  differences: [{ path: 'versioning.status', expected: 'Enabled', actual: 'Suspended', type: 'NOT_EQUAL' }],
  reason: null,
};

describe('annotation', () => {
  it('names the owner and each difference', () => {
    expect(annotation(base)).toBe(
      '1 drifted (data-dev/aws_s3_bucket.assets): versioning.status: "Enabled" → "Suspended"',
    );
  });

  it('describes added and removed values', () => {
    const text = annotation({
      ...base,
      differences: [
        { path: 'tags.Team', expected: undefined, actual: 'ops', type: 'ADD' },
        { path: 'policy', expected: { a: 1 }, actual: undefined, type: 'REMOVE' },
      ],
    });
    expect(text).toContain('tags.Team added "ops"; policy removed (expected {"a":1})');
  });

  it('stays within 256 characters, even for one huge difference', () => {
    const huge = {
      ...base,
      differences: [{ path: 'p'.repeat(400), expected: 'a', actual: 'b', type: 'NOT_EQUAL' as const }],
    };
    expect(annotation(huge).length).toBe(256);
    expect(annotation(huge).endsWith('…')).toBe(true);
  });

  it.each([
    ['IN_SYNC', 'In sync with data-dev/aws_s3_bucket.assets'],
    ['DELETED', 'Deleted outside the IaC; data-dev/aws_s3_bucket.assets still declares it'],
    ['UNMANAGED', 'Not managed by any stack'],
  ] as const)('%s reads "%s"', (status, text) => {
    expect(annotation({ ...base, status, differences: [] })).toBe(text);
  });

  it('gives the reason for NOT_CHECKED', () => {
    expect(annotation({ ...base, status: 'NOT_CHECKED', reason: 'type not adapted' })).toBe(
      'Not checked: type not adapted',
    );
  });
});

describe('subjectLine', () => {
  it('is printable ASCII on one line and at most 100 characters', () => {
    const subject = subjectLine(`Drift MODIFIED: AWS::S3::Bucket bücket\n${'x'.repeat(200)}`);
    expect(subject).toMatch(/^[\x20-\x7e]+$/);
    expect(subject.length).toBe(100);
    expect(subject.startsWith('Drift MODIFIED: AWS::S3::Bucket b?cket x')).toBe(true);
  });

  it('truncate counts characters, not UTF-16 units', () => {
    expect(truncate('😀😀😀', 2)).toBe('😀…');
  });
});
