import { CheckResult, GuardRule } from '../../model';
import { Body } from '../../terraform/body';
import { Expression } from '../../terraform/expression';
import { computed } from '../../values';

// Security policies CloudFront offers that accept only TLS 1.2 and later with current ciphers: TLSv1.2_2019,
// TLSv1.2_2021, TLSv1.2_2025 and any later TLSv1.2_<year>, and every TLSv1.3 policy. TLSv1.2_2018 keeps
// weaker ciphers and is refused.
const MODERN_VERSIONS = /^TLSv1\.2_(20(19|[2-9]\d))$|^TLSv1\.3/;

export const cloudfrontTlsVersion: GuardRule = {
  id: 'GW-CF-002',
  severity: 'error',
  title: 'CloudFront must require TLS 1.2 or later from viewers',
  why: 'Older TLS versions and the default *.cloudfront.net certificate (which allows TLSv1) have known weaknesses and fail PCI DSS.',
  fix: 'Use an ACM certificate in viewer_certificate with minimum_protocol_version = "TLSv1.2_2021" and ssl_support_method = "sni-only".',
  checkov: ['CKV_AWS_174'],
  trivy: ['aws-cloudfront-use-secure-tls-policy'],
  differences: [
    'TLSv1.2_2018 is refused for its weaker ciphers; checkov accepts every TLSv1.2_<year> policy.',
    'TLSv1.2_2019 is accepted; trivy requires TLSv1.2_2021 or later.',
    'The default CloudFront certificate is reported (it allows TLSv1 whatever minimum_protocol_version says); trivy passes it.',
  ],
  resourceTypes: ['aws_cloudfront_distribution'],
  check(distribution) {
    const certificates = distribution.body.blocks('viewer_certificate');
    if (certificates.length === 0) return ['viewer_certificate is not set'];
    const c = certificates[0];
    const defaultCertificate = c.bool('cloudfront_default_certificate');
    if (defaultCertificate === true) return ['the default CloudFront certificate allows TLSv1'];
    const versionResult = minimumVersionResult(c);
    if (defaultCertificate instanceof Expression) {
      // The default certificate allows TLSv1: when the version would fail too, the distribution fails either way.
      if (typeof versionResult === 'string')
        return [
          `${versionResult}, and the default certificate that cloudfront_default_certificate may pick allows TLSv1`,
        ];
      return [
        computed(
          'cloudfront_default_certificate',
          defaultCertificate,
          'whether the default certificate (TLSv1) is used',
        ),
      ];
    }
    return versionResult === undefined ? [] : [versionResult];
  },
};

/** The violation of the viewer certificate's minimum_protocol_version, a note when computed, undefined when fine. */
function minimumVersionResult(certificate: Body): CheckResult | undefined {
  const version = certificate.string('minimum_protocol_version');
  if (version instanceof Expression)
    return computed('minimum_protocol_version', version, 'whether it is TLS 1.2 or later');
  if (version === undefined) return 'minimum_protocol_version is not set (the default is TLSv1)';
  return MODERN_VERSIONS.test(version)
    ? undefined
    : `minimum_protocol_version ${version} is older than TLSv1.2_2019`;
}
