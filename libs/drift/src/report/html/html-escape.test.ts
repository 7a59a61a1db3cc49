import { escapeHtml, jsonForScript } from './html-escape';

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute value', () => {
    expect(escapeHtml(`<img src=x onerror="alert('1')">&amp;`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&#39;1&#39;)&quot;&gt;&amp;amp;',
    );
  });
});

describe('jsonForScript', () => {
  const hostile = {
    tag: '</script><script>alert(1)</script>',
    comment: '<!--<script>',
    amp: 'a&b',
    separators: 'line\u2028paragraph\u2029',
  };

  it('leaves no character that could close the script block or open a comment', () => {
    const text = jsonForScript(hostile);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(text).toContain('\\u003c/script\\u003e');
  });

  it('parses back to the same value', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
