import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

/** Where a failed comparison writes the screenshot taken and the image of its differences. */
export const SCREENSHOT_OUTPUT_DIR = resolve(__dirname, '../../../../dist/screenshots');

export interface ScreenshotTolerance {
  /**
   * Per-pixel color distance (0–1, pixelmatch's YIQ threshold) under which two pixels count as the same;
   * anti-aliased pixels are never counted.
   * @default 0.1
   */
  readonly threshold?: number;
  /**
   * The share of pixels that may differ beyond the threshold.
   * @default 0.002 (0.2 %)
   */
  readonly maxDifferentRatio?: number;
  /**
   * Where a failed comparison writes its images.
   * @default SCREENSHOT_OUTPUT_DIR (dist/screenshots)
   */
  readonly outputDir?: string;
}

export interface ScreenshotComparison {
  readonly pass: boolean;
  readonly differentPixels: number;
  readonly totalPixels: number;
  /** Says what was compared and, on failure, where the actual and the diff images are and how to update. */
  readonly message: string;
}

/**
 * Compares a PNG screenshot with a committed reference image. On failure it writes the screenshot and an image of
 * the differing pixels (red) to `outputDir` and names them in the message. With UPDATE_SCREENSHOTS=1 it
 * writes the screenshot as the new reference instead: run it that way after a deliberate change of the page, and
 * look at the image before committing it.
 */
export function compareScreenshot(
  actualPng: Uint8Array,
  referencePath: string,
  tolerance: ScreenshotTolerance = {},
): ScreenshotComparison {
  const threshold = tolerance.threshold ?? 0.1;
  const maxRatio = tolerance.maxDifferentRatio ?? 0.002;
  const actual = PNG.sync.read(Buffer.from(actualPng));
  const totalPixels = actual.width * actual.height;
  const update = 'Run the test with UPDATE_SCREENSHOTS=1 to take this screenshot as the reference.';

  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(dirname(referencePath), { recursive: true });
    writeFileSync(referencePath, PNG.sync.write(actual));
    return { pass: true, differentPixels: 0, totalPixels, message: `wrote the reference ${referencePath}` };
  }
  const name = basename(referencePath, '.png');
  const outputDir = tolerance.outputDir ?? SCREENSHOT_OUTPUT_DIR;
  const actualPath = join(outputDir, `${name}.actual.png`);
  const keepActual = () => {
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(actualPath, PNG.sync.write(actual));
  };
  if (!existsSync(referencePath)) {
    keepActual();
    return {
      pass: false,
      differentPixels: totalPixels,
      totalPixels,
      message: `no reference image ${referencePath}; the screenshot is in ${actualPath}. ${update}`,
    };
  }
  const reference = PNG.sync.read(readFileSync(referencePath));
  if (reference.width !== actual.width || reference.height !== actual.height) {
    keepActual();
    return {
      pass: false,
      differentPixels: totalPixels,
      totalPixels,
      message:
        `the screenshot is ${actual.width}×${actual.height}, the reference ${referencePath} ` +
        `${reference.width}×${reference.height}; the screenshot is in ${actualPath}. ${update}`,
    };
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differentPixels = pixelmatch(reference.data, actual.data, diff.data, actual.width, actual.height, {
    threshold,
  });
  const allowed = Math.floor(totalPixels * maxRatio);
  const summary =
    `${differentPixels} of ${totalPixels} pixels differ from ${referencePath} ` +
    `(allowed: ${allowed}, ${(maxRatio * 100).toFixed(2)} %, at threshold ${threshold})`;
  if (differentPixels <= allowed) return { pass: true, differentPixels, totalPixels, message: summary };
  keepActual();
  const diffPath = join(outputDir, `${name}.diff.png`);
  writeFileSync(diffPath, PNG.sync.write(diff));
  return {
    pass: false,
    differentPixels,
    totalPixels,
    message: `${summary}. The screenshot is in ${actualPath}, the differing pixels in red in ${diffPath}. ${update}`,
  };
}
