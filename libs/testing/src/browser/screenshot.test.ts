import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { compareScreenshot } from './screenshot';

/** A 100×50 white PNG with a black square of `size` pixels a side at the top left. */
function image(size: number): Buffer {
  const png = new PNG({ width: 100, height: 50 });
  for (let y = 0; y < 50; y++)
    for (let x = 0; x < 100; x++) {
      const i = (y * 100 + x) * 4;
      const v = x < size && y < size ? 0 : 255;
      png.data.set([v, v, v, 255], i);
    }
  return PNG.sync.write(png);
}

describe('compareScreenshot', () => {
  let dir: string;
  let reference: string;
  const previous = process.env.UPDATE_SCREENSHOTS;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'gw-screenshot-'));
    reference = join(dir, 'page.png');
    writeFileSync(reference, image(10));
    delete process.env.UPDATE_SCREENSHOTS;
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
    if (previous === undefined) delete process.env.UPDATE_SCREENSHOTS;
    else process.env.UPDATE_SCREENSHOTS = previous;
  });

  it('passes the same image and writes nothing', () => {
    const result = compareScreenshot(image(10), reference, { outputDir: join(dir, 'out') });
    expect(result).toMatchObject({ pass: true, differentPixels: 0, totalPixels: 5000 });
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('passes differences within the tolerance', () => {
    // 11×11 against 10×10: 21 more pixels, 0.42 % of 5,000.
    expect(compareScreenshot(image(11), reference, { maxDifferentRatio: 0.005 }).pass).toBe(true);
  });

  it('fails beyond the tolerance and writes the screenshot and the diff image it names', () => {
    const out = join(dir, 'out');
    const result = compareScreenshot(image(20), reference, { maxDifferentRatio: 0.005, outputDir: out });
    expect(result.pass).toBe(false);
    expect(result.differentPixels).toBe(300);
    expect(result.message).toContain(join(out, 'page.diff.png'));
    expect(result.message).toContain('UPDATE_SCREENSHOTS=1');
    const diff = PNG.sync.read(readFileSync(join(out, 'page.diff.png')));
    expect([diff.width, diff.height]).toEqual([100, 50]);
    expect(readFileSync(join(out, 'page.actual.png'))).toEqual(image(20));
  });

  it('fails on a size change and on a missing reference, keeping the screenshot', () => {
    const out = join(dir, 'out');
    const wide = new PNG({ width: 120, height: 50 });
    expect(compareScreenshot(PNG.sync.write(wide), reference, { outputDir: out }).message).toMatch(
      /is 120×50, the reference .* 100×50/,
    );
    const missing = compareScreenshot(image(10), join(dir, 'none.png'), { outputDir: out });
    expect(missing.pass).toBe(false);
    expect(existsSync(join(out, 'none.actual.png'))).toBe(true);
  });

  it('with UPDATE_SCREENSHOTS=1 takes the screenshot as the reference', () => {
    process.env.UPDATE_SCREENSHOTS = '1';
    expect(compareScreenshot(image(20), reference).pass).toBe(true);
    expect(readFileSync(reference)).toEqual(image(20));
  });
});
