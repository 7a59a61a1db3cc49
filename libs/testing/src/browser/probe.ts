// Prints whether the browser tests in the test suites will run here, and if not, why (used by .ci/run).
import { chromium } from './chromium';

const found = chromium();
console.log(
  found.available
    ? `== browser tests: RUN (${found.version}, ${found.executablePath})`
    : `== browser tests: SKIPPED (${found.reason})`,
);
