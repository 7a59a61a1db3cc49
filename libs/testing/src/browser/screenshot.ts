import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';

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

interface PngComparison {
  readonly width: number;
  readonly height: number;
  readonly referenceWidth: number;
  readonly referenceHeight: number;
  readonly differentPixels: number;
}

/** Width and height from a PNG's header (the IHDR chunk right after the signature). */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Compares a PNG screenshot with a committed reference image. On failure it writes the screenshot and an image of
 * the differing pixels (red) to `outputDir` and names them in the message. With UPDATE_SCREENSHOTS=1 it writes the
 * screenshot as the new reference instead: run it that way after a deliberate change of the page, and look at the
 * image before committing it.
 */
export function compareScreenshot(
  actualPng: Uint8Array,
  referencePath: string,
  tolerance: ScreenshotTolerance = {},
): ScreenshotComparison {
  const threshold = tolerance.threshold ?? 0.1;
  const maxRatio = tolerance.maxDifferentRatio ?? 0.002;
  const { width, height } = pngSize(actualPng);
  const totalPixels = width * height;
  const update = 'Run the test with UPDATE_SCREENSHOTS=1 to take this screenshot as the reference.';

  if (process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(dirname(referencePath), { recursive: true });
    writeFileSync(referencePath, actualPng);
    return { pass: true, differentPixels: 0, totalPixels, message: `wrote the reference ${referencePath}` };
  }
  const name = basename(referencePath, '.png');
  const outputDir = tolerance.outputDir ?? SCREENSHOT_OUTPUT_DIR;
  const actualPath = join(outputDir, `${name}.actual.png`);
  const diffPath = join(outputDir, `${name}.diff.png`);
  const fail = (differentPixels: number, message: string): ScreenshotComparison => {
    mkdirSync(outputDir, { recursive: true });
    writeFileSync(actualPath, actualPng);
    return { pass: false, differentPixels, totalPixels, message: `${message} ${update}` };
  };
  if (!existsSync(referencePath))
    return fail(totalPixels, `no reference image ${referencePath}; the screenshot is in ${actualPath}.`);

  const allowed = Math.floor(totalPixels * maxRatio);
  const work = mkdtempSync(join(tmpdir(), 'groundwork-screenshot-'));
  let compared: PngComparison;
  try {
    writeFileSync(join(work, 'actual.png'), actualPng);
    rmSync(diffPath, { force: true }); // a diff image left from an earlier run would mislead
    const args = [referencePath, join(work, 'actual.png'), diffPath, String(threshold), String(allowed)];
    compared = JSON.parse(
      execFileSync(process.execPath, [join(__dirname, 'png-compare.cjs'), ...args], { encoding: 'utf8' }),
    ) as PngComparison;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (compared.referenceWidth !== width || compared.referenceHeight !== height)
    return fail(
      totalPixels,
      `the screenshot is ${width}×${height}, the reference ${referencePath} ` +
        `${compared.referenceWidth}×${compared.referenceHeight}; the screenshot is in ${actualPath}.`,
    );
  const summary =
    `${compared.differentPixels} of ${totalPixels} pixels differ from ${referencePath} ` +
    `(allowed: ${allowed}, ${(maxRatio * 100).toFixed(2)} %, at threshold ${threshold})`;
  if (compared.differentPixels <= allowed)
    return { pass: true, differentPixels: compared.differentPixels, totalPixels, message: summary };
  return fail(
    compared.differentPixels,
    `${summary}. The screenshot is in ${actualPath}, the differing pixels in red in ${diffPath}.`,
  );
}
