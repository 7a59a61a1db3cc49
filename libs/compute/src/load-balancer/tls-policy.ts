/**
 * The ELB security policies that negotiate only TLS 1.2 and 1.3 with forward-secret ciphers. Older policies
 * (TLS 1.0/1.1, CBC suites) are deliberately not in the type.
 */
export type ModernTlsPolicy =
  | 'ELBSecurityPolicy-TLS13-1-2-2021-06'
  | 'ELBSecurityPolicy-TLS13-1-2-Res-2021-06'
  | 'ELBSecurityPolicy-TLS13-1-3-2021-06'
  | 'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04'
  | 'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04'
  | 'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04';

/** What AWS recommends for new HTTPS listeners: TLS 1.3 preferred, TLS 1.2 for older clients. */
export const DEFAULT_TLS_POLICY: ModernTlsPolicy = 'ELBSecurityPolicy-TLS13-1-2-2021-06';

export const MODERN_TLS_POLICIES: readonly ModernTlsPolicy[] = [
  'ELBSecurityPolicy-TLS13-1-2-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-Res-2021-06',
  'ELBSecurityPolicy-TLS13-1-3-2021-06',
  'ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04',
  'ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04',
];
