import { isTemplateExpression, templateParts, templateText } from './template';

describe('templateParts', () => {
  it('splits literal text, interpolations and directives, decoding escapes', () => {
    expect(templateParts('arn:aws:s3:::${aws_s3_bucket.b.id}/*')).toEqual([
      { literal: 'arn:aws:s3:::' },
      { interpolation: 'aws_s3_bucket.b.id' },
      { literal: '/*' },
    ]);
    expect(templateParts('home/$${aws:username}/%%{x}')).toEqual([{ literal: 'home/${aws:username}/%{x}' }]);
    expect(templateParts('%{ if var.on }yes%{ endif }')).toEqual([
      { directive: ' if var.on ' },
      { literal: 'yes' },
      { directive: ' endif ' },
    ]);
  });

  it('finds the closing brace past nested braces and quoted strings', () => {
    expect(templateParts('${jsonencode({ a = "}" })}!')).toEqual([
      { interpolation: 'jsonencode({ a = "}" })' },
      { literal: '!' },
    ]);
  });

  it('reads an unterminated interpolation as text, and writes parts back as they were', () => {
    expect(templateParts('a ${b')).toEqual([{ literal: 'a ${b' }]);
    for (const t of ['x-${var.a}-$${b}', '%{ for x in y }${x}%{ endfor }', 'plain']) {
      expect(templateText(templateParts(t))).toBe(t);
    }
    expect(isTemplateExpression('$${not}')).toBe(false);
    expect(isTemplateExpression('${var.x}')).toBe(true);
  });
});
