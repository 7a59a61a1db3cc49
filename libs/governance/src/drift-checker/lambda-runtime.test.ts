import { join } from 'node:path';
import { TerraformStack } from 'cdktf';
import { synthConstruct, terraformCheck, terraformToolchain } from '@groundwork/testing';
import { DriftChecker } from './drift-checker';
import {
  DEFAULT_DRIFT_CHECKER_RUNTIME,
  DRIFT_CHECKER_BUNDLE_TARGET,
  DRIFT_CHECKER_RUNTIMES,
  driftCheckerRuntime,
} from './lambda-runtime';

describe('drift checker Lambda runtime', () => {
  it('defaults to nodejs22.x, the oldest runtime accepted, and builds the bundle for it', () => {
    expect(driftCheckerRuntime(undefined)).toBe('nodejs22.x');
    expect(DEFAULT_DRIFT_CHECKER_RUNTIME).toBe(DRIFT_CHECKER_RUNTIMES[0]);
    expect(DRIFT_CHECKER_BUNDLE_TARGET).toBe('node22');
  });

  it.each(DRIFT_CHECKER_RUNTIMES)('accepts %s', (runtime) => {
    expect(driftCheckerRuntime(runtime)).toBe(runtime);
  });

  it.each(['nodejs20.x', 'nodejs18.x', 'nodejs16.x'])(
    'refuses %s and says why and what to use',
    (runtime) => {
      expect(() => driftCheckerRuntime(runtime)).toThrow(
        new RegExp(
          `runtime "${runtime.replace('.', '\\.')}" is refused: .* AWS Lambda no longer lets functions be created or updated on it .*; use nodejs22\\.x \\(the default\\) or nodejs24\\.x$`,
        ),
      );
    },
  );

  it.each(['nodejs', 'python3.13', 'nodejs22', ''])('refuses %p as not a runtime it runs on', (runtime) => {
    expect(() => driftCheckerRuntime(runtime)).toThrow(
      `runtime must be one of nodejs22.x, nodejs24.x, got "${runtime}"`,
    );
  });

  // The offline checks run against the mirrored hashicorp/aws, which validates `runtime` against the list of runtimes
  // it was released with. 5.100.0 (the mirror here) predates Node 24 on Lambda: it validates nodejs22.x, the default
  // (also in drift-checker.test.ts), but rejects nodejs24.x, which hashicorp/aws 6.x accepts (cdktf's provider-aws
  // 21.x pins 6.25.0, cdktn's 25.x a later 6.x). So nodejs24.x is checked here to be rejected only for that list.
  const tc = terraformToolchain();
  const mirrored = tc.available ? `hashicorp/aws ${tc.awsProviderVersion}` : undefined;
  const runtimeCase = (runtime: (typeof DRIFT_CHECKER_RUNTIMES)[number]) => ({
    name: runtime.replace('.', '_'),
    config: synthConstruct(
      (s: TerraformStack) =>
        new DriftChecker(s, 'drift', {
          bundleDir: join(__dirname, '__fixtures__', 'bundle'),
          iacBucket: 'acme-iac',
          statePrefix: 'groundwork/',
          resourceTypes: ['AWS::S3::Bucket'],
          runtime,
        }),
    ).json,
  });
  if (!tc.available) console.warn(`terraform runtime check skipped: ${tc.reason}`);
  (tc.available ? it : it.skip)(
    `terraform validate with the mirrored ${mirrored}: nodejs22.x passes; nodejs24.x passes or is only missing from the provider's runtime list`,
    () => {
      expect(terraformCheck([runtimeCase('nodejs22.x')], { mockApply: false })).toMatchObject({ ran: true });
      let rejection = '';
      try {
        terraformCheck([runtimeCase('nodejs24.x')], { mockApply: false });
      } catch (e) {
        rejection = (e as Error).message;
      }
      if (rejection) {
        expect(rejection).toMatch(
          /expected runtime to be one of \[[^\]]*"nodejs22\.x"[^\]]*\], got nodejs24\.x/,
        );
        expect(rejection.match(/^error: /gm)).toHaveLength(1);
        console.warn(`nodejs24.x is not validated offline: the mirrored ${mirrored} does not list it`);
      }
    },
    120_000,
  );
});
