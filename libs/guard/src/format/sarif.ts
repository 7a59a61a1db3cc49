import { GuardFinding, GuardRule } from '../model';
import { ALL_RULES } from '../rules';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const TOOL_NAME = 'groundwork-guard';

export interface SarifOptions {
  /** The rules described in the log. @default ALL_RULES */
  readonly rules?: readonly GuardRule[];
  /** The tool version. @default '0.1.0' */
  readonly version?: string;
}

/**
 * A SARIF 2.1.0 log for GitHub code scanning. Each result's physical location is the synthesized file (with the
 * line of the resource when known) and its logical location is the construct path. Suppressed findings carry an
 * `inSource` suppression with the reason, which GitHub shows as dismissed.
 */
export function formatSarif(findings: readonly GuardFinding[], options: SarifOptions = {}): string {
  const rules = options.rules ?? ALL_RULES;
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: options.version ?? '0.1.0',
            rules: rules.map((r) => ({
              id: r.id,
              name: pascalCase(r.title),
              shortDescription: { text: r.title },
              fullDescription: { text: r.why },
              help: { text: `${r.why}\n\nFix: ${r.fix}`, markdown: `${r.why}\n\n**Fix:** ${r.fix}` },
              defaultConfiguration: { level: r.severity },
              properties: {
                tags: ['security', 'terraform'],
                'security-severity': r.severity === 'error' ? '8.0' : '5.0',
                checkov: [...r.checkov],
                trivy: [...r.trivy],
              },
            })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.ruleId,
          ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
          level: f.severity,
          message: { text: `${f.message} (${f.address}). Fix: ${f.fix}` },
          locations: [
            {
              ...(f.file
                ? {
                    physicalLocation: {
                      artifactLocation: { uri: toUri(f.file) },
                      region: { startLine: f.line ?? 1 },
                    },
                  }
                : {}),
              logicalLocations: [{ fullyQualifiedName: f.constructPath, name: f.address, kind: 'resource' }],
            },
          ],
          partialFingerprints: { 'groundworkGuard/v1': `${f.ruleId}|${f.stack}|${f.address}` },
          ...(f.suppressed
            ? { suppressions: [{ kind: 'inSource', justification: f.suppressed.reason }] }
            : {}),
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative file path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** SARIF rule names are identifiers: "S3 bucket must have versioning enabled" → "S3BucketMustHaveVersioningEnabled". */
function pascalCase(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
