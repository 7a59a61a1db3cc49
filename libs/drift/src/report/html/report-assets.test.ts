import { readFileSync } from 'node:fs';
import { REPORT_ASSETS_FILE, reportAssetsModule } from '../../../scripts/build-report-assets';

describe('report-assets.generated.ts', () => {
  it('is what `npm run report-assets` builds from client/ and report.css', () => {
    const fresh = reportAssetsModule();
    const committed = readFileSync(REPORT_ASSETS_FILE, 'utf8');
    if (committed !== fresh)
      throw new Error(
        'report-assets.generated.ts is stale: run `npm run report-assets` and commit the result.',
      );
    expect(committed).toBe(fresh);
  }, 30_000);
});
