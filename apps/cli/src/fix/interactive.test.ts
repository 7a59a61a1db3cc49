import type { ResourceResult } from '@groundwork/drift';
import { decideInteractively, type Prompt } from './interactive';

const finding = (status: ResourceResult['status'], address: string): ResourceResult => ({
  status,
  stack: 'app-dev',
  address,
  addresses: [address],
  constructPath: `app-dev/${address}`,
  resourceType: 'AWS::EC2::Instance',
  resourceId: 'i-1',
  differences: [{ path: 'instance_type', type: 'NOT_EQUAL', expected: 't3.micro', actual: 't3.large' }],
  reason: null,
  changedBy: [
    {
      eventName: 'ModifyInstanceAttribute',
      eventTime: '2026-11-26T14:07:45Z',
      principalArn: 'arn:aws:iam::1:user/bob',
      userName: 'bob',
      via: 'console',
    },
  ],
});

/** Answers from a script; null once it runs out, as a closed terminal does. */
function scripted(answers: string[]): Prompt & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    async ask(question) {
      asked.push(question);
      return answers.length > 0 ? (answers.shift() as string) : null;
    },
    close() {},
  };
}

describe('decideInteractively', () => {
  it('asks about each drifted finding with only the choices its status allows, and a reason to tolerate', async () => {
    const a = finding('MODIFIED', 'aws_instance.a');
    const b = finding('MODIFIED', 'aws_instance.b');
    const c = finding('DELETED', 'aws_instance.c');
    const shown: string[] = [];
    const prompt = scripted(['x', 'a', 't', '  ', 'load test', 'a']);
    const chosen = await decideInteractively([a, b, c], prompt, (t) => shown.push(t), undefined);
    expect([...chosen]).toEqual([
      [a, { decision: 'accept' }],
      [b, { decision: 'tolerate', reason: 'load test' }],
    ]);
    const text = shown.join('');
    expect(text).toContain('"x" is not one of r, a, t, s');
    expect(text).toContain('changed by bob via console, 2026-11-26 14:07:45 UTC: ModifyInstanceAttribute');
    // DELETED: revert or tolerate, never accept; "a" is refused there.
    expect(prompt.asked.at(-1)).toBe('  choice [r/t/s]: ');
    expect(text).toContain('"a" is not one of r, t, s');
    expect(text).toContain('(input closed: the remaining findings are skipped)');
  });
});
