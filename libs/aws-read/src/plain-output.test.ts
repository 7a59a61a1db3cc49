import { plainJson, plainOutput } from './plain-output';

describe('plainJson', () => {
  it('writes timestamps at any depth as ISO strings and drops what the SDK adds or leaves unset', () => {
    const enabled = new Date('2024-03-01T10:00:00.123Z');
    expect(
      plainOutput({
        $metadata: { httpStatusCode: 200 },
        EnabledServicePrincipals: [{ ServicePrincipal: 'config.amazonaws.com', DateEnabled: enabled }],
        NextToken: undefined,
      }),
    ).toEqual({
      EnabledServicePrincipals: [
        { ServicePrincipal: 'config.amazonaws.com', DateEnabled: '2024-03-01T10:00:00.123Z' },
      ],
    });
    expect(plainJson([null, 1, 'a', false])).toEqual([null, 1, 'a', false]);
  });
});
