import { GuardRule } from '../../model';

export const lambdaCodeSigning: GuardRule = {
  id: 'GW-LMB-003',
  severity: 'warning',
  title: 'Lambda function should validate code signing',
  why: 'Without a code signing configuration Lambda runs whatever package is uploaded, so anyone who can update the function can run code as its role.',
  fix: 'Create an aws_lambda_code_signing_config with the AWS Signer profiles you trust (untrusted_artifact_on_deployment = "Enforce") and set code_signing_config_arn.',
  checkov: ['CKV_AWS_272'],
  trivy: [],
  resourceTypes: ['aws_lambda_function'],
  check(fn) {
    // Container images are verified by their registry, not by code signing.
    if (fn.body.string('package_type') === 'Image') return [];
    return fn.body.has('code_signing_config_arn') ? [] : ['code_signing_config_arn is not set'];
  },
};
