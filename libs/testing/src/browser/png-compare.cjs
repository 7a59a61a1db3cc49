// Compares two PNG files with pixelmatch, in a process of its own: pngjs and pixelmatch run 50 times slower inside
// jest's module sandbox than in plain Node. Used by screenshot.ts.
// Usage: node png-compare.cjs <reference.png> <actual.png> <diff.png> <threshold> <max different pixels>
// Prints {width, height, referenceWidth, referenceHeight, differentPixels} as JSON; writes the diff image (the
// differing pixels in red over a faded copy of the reference) when more pixels differ than allowed.
const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname } = require('node:path');
const { PNG } = require('pngjs');
const pixelmatch = require('pixelmatch');

const [reference, actual, diffPath, threshold, maxDifferent] = process.argv.slice(2);
const ref = PNG.sync.read(readFileSync(reference));
const act = PNG.sync.read(readFileSync(actual));
const result = {
  width: act.width,
  height: act.height,
  referenceWidth: ref.width,
  referenceHeight: ref.height,
  differentPixels: act.width * act.height,
};
if (ref.width === act.width && ref.height === act.height) {
  const diff = new PNG({ width: act.width, height: act.height });
  result.differentPixels = pixelmatch(ref.data, act.data, diff.data, act.width, act.height, {
    threshold: Number(threshold),
  });
  if (result.differentPixels > Number(maxDifferent)) {
    mkdirSync(dirname(diffPath), { recursive: true });
    writeFileSync(diffPath, PNG.sync.write(diff));
  }
}
process.stdout.write(JSON.stringify(result));
