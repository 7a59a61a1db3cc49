/// <reference types="jest" />
import { TerraformCheckCase, TerraformCheckOptions, terraformCheck } from './check';
import { terraformToolchain } from './toolchain';

/**
 * A jest test that runs terraform validate and the mock-provider apply over the cases. When terraform or the
 * provider mirror is missing it is skipped, and the reason is printed so a skip is never silent.
 */
export function itPassesTerraform(
  title: string,
  cases: () => TerraformCheckCase[],
  options: TerraformCheckOptions = {},
): void {
  const tc = terraformToolchain();
  if (!tc.available) {
    console.warn(`terraform checks skipped for "${title}": ${tc.reason}`);
    it.skip(title, () => undefined);
    return;
  }
  it(
    title,
    () => {
      const result = terraformCheck(cases(), options);
      expect(result).toMatchObject({ ran: true, mockApplied: options.mockApply !== false });
    },
    300_000,
  );
}
