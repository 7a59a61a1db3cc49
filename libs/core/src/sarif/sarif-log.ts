/** SARIF result levels this project uses: a failing finding, a warning, and a note for what could not be decided. */
export type SarifLevel = 'error' | 'warning' | 'note';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** One rule of the tool, as code scanning lists it. */
export interface SarifRuleSpec {
  readonly id: string;
  /** An identifier-like name, e.g. `S3BucketMustHaveVersioningEnabled`. */
  readonly name: string;
  readonly shortDescription: string;
  readonly fullDescription: string;
  readonly help: { readonly text: string; readonly markdown?: string };
  readonly level: SarifLevel;
  readonly properties?: Readonly<Record<string, unknown>>;
}

/** Where a result is: a file (with a line when known) and the logical element (resource, construct) in it. */
export interface SarifLocationSpec {
  /** The file relative to the repository root, in either slash direction; written as a URI reference. */
  readonly file?: string;
  /** 1-based line in `file`. */
  readonly startLine?: number;
  readonly logical: {
    readonly name: string;
    readonly fullyQualifiedName: string;
    readonly kind: string;
  };
}

export interface SarifResultSpec {
  readonly ruleId: string;
  readonly level: SarifLevel;
  readonly message: string;
  readonly location: SarifLocationSpec;
  /** Stable identity across runs (`partialFingerprints`), so an alert carries over when its message changes. */
  readonly fingerprints: Readonly<Record<string, string>>;
  /** A suppression made in the source, with its justification. */
  readonly suppressedInSource?: { readonly justification: string };
  readonly properties?: Readonly<Record<string, unknown>>;
}

export interface SarifLogSpec {
  readonly tool: {
    readonly name: string;
    readonly version: string;
    readonly rules: readonly SarifRuleSpec[];
  };
  /** `automationDetails.id`: the category code scanning files the run under. */
  readonly automationId?: string;
  /** Messages about the run rather than about code (e.g. what could not be checked). */
  readonly notifications?: readonly { readonly level: SarifLevel; readonly message: string }[];
  readonly results: readonly SarifResultSpec[];
  readonly properties?: Readonly<Record<string, unknown>>;
}

/**
 * A SARIF 2.1.0 log with one run, in the shape GitHub code scanning reads: the tool's rules (each result points at
 * its rule by index), results with a level, message, physical and logical location and fingerprints, in-source
 * suppressions, and run notifications. Keys are written in the order the SARIF specification lists them.
 */
export function sarifLog(spec: SarifLogSpec): Record<string, unknown> {
  const index = new Map(spec.tool.rules.map((r, i) => [r.id, i]));
  const run: Record<string, unknown> = {
    tool: {
      driver: {
        name: spec.tool.name,
        version: spec.tool.version,
        rules: spec.tool.rules.map((r) => ({
          id: r.id,
          name: r.name,
          shortDescription: { text: r.shortDescription },
          fullDescription: { text: r.fullDescription },
          help: {
            text: r.help.text,
            ...(r.help.markdown !== undefined ? { markdown: r.help.markdown } : {}),
          },
          defaultConfiguration: { level: r.level },
          ...(r.properties ? { properties: r.properties } : {}),
        })),
      },
    },
  };
  if (spec.automationId !== undefined) run.automationDetails = { id: spec.automationId };
  if (spec.notifications !== undefined) {
    run.invocations = [
      {
        executionSuccessful: true,
        toolExecutionNotifications: spec.notifications.map((n) => ({
          level: n.level,
          message: { text: n.message },
        })),
      },
    ];
  }
  run.results = spec.results.map((r) => ({
    ruleId: r.ruleId,
    ...(index.has(r.ruleId) ? { ruleIndex: index.get(r.ruleId) } : {}),
    level: r.level,
    message: { text: r.message },
    locations: [location(r.location)],
    partialFingerprints: r.fingerprints,
    ...(r.suppressedInSource
      ? { suppressions: [{ kind: 'inSource', justification: r.suppressedInSource.justification }] }
      : {}),
    ...(r.properties ? { properties: r.properties } : {}),
  }));
  if (spec.properties !== undefined) run.properties = spec.properties;
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function location(l: SarifLocationSpec): Record<string, unknown> {
  return {
    ...(l.file !== undefined
      ? {
          physicalLocation: {
            artifactLocation: { uri: sarifUri(l.file) },
            ...(l.startLine !== undefined ? { region: { startLine: l.startLine } } : {}),
          },
        }
      : {}),
    logicalLocations: [
      { name: l.logical.name, fullyQualifiedName: l.logical.fullyQualifiedName, kind: l.logical.kind },
    ],
  };
}

/** A relative file path as a URI reference: forward slashes, each segment percent-encoded. */
export function sarifUri(file: string): string {
  return file
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/** The log as the file code scanning uploads: indented JSON with a final newline. */
export function formatSarifLog(log: Record<string, unknown>): string {
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** SARIF rule names are identifiers: "S3 bucket must have versioning enabled" → "S3BucketMustHaveVersioningEnabled". */
export function sarifRuleName(title: string): string {
  return title
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}
