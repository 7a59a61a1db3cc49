// Prints whether the terraform checks in the test suites will run here, and if not, why (used by .ci/run).
import { terraformToolchain } from './toolchain';

const tc = terraformToolchain();
console.log(
  tc.available
    ? `== terraform checks: RUN (terraform ${tc.terraformVersion}, hashicorp/aws ${tc.awsProviderVersion} mirrored in ${tc.mirror})`
    : `== terraform checks: SKIPPED (${tc.reason})`,
);
