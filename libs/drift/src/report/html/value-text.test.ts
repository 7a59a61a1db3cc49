import { valueText } from './value-text';

describe('valueText', () => {
  it('says a missing side is absent (null is how the JSON report writes it)', () => {
    expect(valueText(undefined).absent).toBe(true);
    expect(valueText(null).absent).toBe(true);
    expect(valueText(false)).toEqual({ absent: false, text: 'false', parsedFromString: false });
  });

  it('pretty-prints with sorted keys, so both sides of a difference line up', () => {
    expect(valueText({ to_port: 22, from_port: 22, peer: '0.0.0.0/0' }).text).toBe(
      '{\n  "from_port": 22,\n  "peer": "0.0.0.0/0",\n  "to_port": 22\n}',
    );
  });

  it('shows a JSON document held in a string parsed, and says so', () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }] });
    const shown = valueText(policy);
    expect(shown.parsedFromString).toBe(true);
    expect(shown.text.split('\n')).toHaveLength(8);
    expect(valueText('{not json').text).toBe('"{not json"');
    expect(valueText('Enabled').text).toBe('"Enabled"');
  });
});
