import { sarifLog } from '@groundwork/core';
import type { DriftReport, DriftStatus, ResourceResult } from '../report-types';
import { actorName, formatEventTime, VIA_LABEL } from './change-labels';
import { formatValue } from './format-value';
import { placeLabel, resourceLabel } from './report-grouping';

/** Where a result points in the repository: code scanning shows the alert on that file and line. */
export interface SarifLocation {
  /** Path relative to the repository root, with forward slashes, e.g. `cdktf.out/stacks/network/cdk.tf.json`. */
  readonly uri: string;
  /** 1-based line of the resource in that file, when known. */
  readonly startLine?: number;
}

export interface SarifRenderOptions {
  /**
   * The cdktf output directory relative to the repository root; results point at `<iacDir>/stacks/<stack>/cdk.tf.json`
   * (unmanaged resources at `<iacDir>/manifest.json`) unless `locate` says better.
   * @default 'cdktf.out'
   */
  readonly iacDir?: string;
  /** A precise location for a result (the CLI finds the resource's line in the synthesized JSON). */
  readonly locate?: (result: ResourceResult) => SarifLocation | undefined;
  /** The tool version written to the run. @default '0.1.0' */
  readonly toolVersion?: string;
}

type DriftRuleStatus = Extract<DriftStatus, 'MODIFIED' | 'DELETED' | 'UNMANAGED'>;

interface RuleSpec {
  readonly id: string;
  readonly name: string;
  readonly level: 'error' | 'warning';
  readonly short: string;
  readonly full: string;
}

const RULES: Record<DriftRuleStatus, RuleSpec> = {
  MODIFIED: {
    id: 'drift/modified',
    name: 'ResourceModified',
    level: 'error',
    short: 'A managed resource differs from the IaC',
    full: 'The live source (AWS Config, Cloud Control or a direct read) shows values for this resource that differ from what the synthesized Terraform sets. Someone changed it outside the IaC, or the IaC changed and was not applied.',
  },
  DELETED: {
    id: 'drift/deleted',
    name: 'ResourceDeleted',
    level: 'error',
    short: 'A managed resource no longer exists',
    full: 'The resource is in the IaC and the Terraform state, but AWS Config recorded it deleted, or a complete inventory of its type in its account and region (a Config snapshot, a Cloud Control listing, a declared inventory) does not list it.',
  },
  UNMANAGED: {
    id: 'drift/unmanaged',
    name: 'ResourceUnmanaged',
    level: 'warning',
    short: 'A live resource is in no stack',
    full: 'A live source lists a resource of a type the IaC manages, but no stack declares it. It was created outside the IaC.',
  },
};
const RULE_ORDER: readonly DriftRuleStatus[] = ['MODIFIED', 'DELETED', 'UNMANAGED'];

/**
 * SARIF 2.1.0 for GitHub code scanning: one result per drifted resource (MODIFIED, DELETED, UNMANAGED), located on
 * the resource in the synthesized stack, with a stable fingerprint so alerts carry over between runs. Resources
 * that could not be checked become tool notifications, not alerts.
 */
export function renderSarif(report: DriftReport, opts: SarifRenderOptions = {}): Record<string, unknown> {
  const iacDir = (opts.iacDir ?? 'cdktf.out').replace(/\\/g, '/').replace(/\/+$/, '');
  const locationOf = (r: ResourceResult): SarifLocation =>
    opts.locate?.(r) ?? {
      uri: r.stack === null ? `${iacDir}/manifest.json` : `${iacDir}/stacks/${r.stack}/cdk.tf.json`,
    };

  const results = report.resources
    .filter((r): r is ResourceResult & { status: DriftRuleStatus } => r.status in RULES)
    .map((r) => {
      const rule = RULES[r.status];
      const loc = locationOf(r);
      return {
        ruleId: rule.id,
        level: rule.level,
        message: messageFor(r),
        location: {
          file: loc.uri,
          ...(loc.startLine ? { startLine: loc.startLine } : {}),
          logical: {
            name: resourceLabel(r),
            fullyQualifiedName: r.stack ? `${r.stack}/${resourceLabel(r)}` : resourceLabel(r),
            kind: 'resource',
          },
        },
        fingerprints: { 'groundworkDrift/v1': fingerprint(r) },
        properties: {
          stack: r.stack,
          address: r.address,
          addresses: r.addresses,
          constructPath: r.constructPath,
          resourceType: r.resourceType,
          resourceId: r.resourceId,
          ...(r.source !== undefined && { source: r.source }),
          ...(r.account !== undefined && { account: r.account }),
          ...(r.region !== undefined && { region: r.region }),
          differences: r.differences.map((d) => ({
            ...d,
            expected: d.expected ?? null,
            actual: d.actual ?? null,
          })),
          ...(r.changedBy && { changedBy: r.changedBy.map((e) => ({ ...e })) }),
        },
      };
    });

  return sarifLog({
    tool: {
      name: 'groundwork-drift',
      version: opts.toolVersion ?? '0.1.0',
      rules: RULE_ORDER.map((status) => {
        const rule = RULES[status];
        return {
          id: rule.id,
          name: rule.name,
          shortDescription: rule.short,
          fullDescription: rule.full,
          help: {
            text: `${rule.full} Bring the resource back in line with \`terraform apply\`, or change the IaC to match, or list it in .driftignore if the difference is intended.`,
          },
          level: rule.level,
          properties: { tags: ['drift', 'iac'] },
        };
      }),
    },
    automationId: 'groundwork-drift/',
    notifications: report.resources
      .filter((r) => r.status === 'NOT_CHECKED')
      .map((r) => ({
        level: 'note' as const,
        message: `${resourceLabel(r)} was not checked: ${r.reason ?? 'no reason given'}`,
      })),
    results,
    properties: { summary: report.summary },
  });
}

/** The newest recorded change, as a sentence for the alert message; empty when none is linked. */
function changedBySentence(r: ResourceResult): string {
  const last = r.changedBy?.[r.changedBy.length - 1];
  if (!last) return '';
  return ` Last changed by ${actorName(last)} (${last.principalArn}) via ${VIA_LABEL[last.via]} with ${last.eventName} at ${formatEventTime(last.eventTime)}.`;
}

function messageFor(r: ResourceResult & { status: DriftRuleStatus }): string {
  return bareMessage(r) + changedBySentence(r);
}

function bareMessage(r: ResourceResult & { status: DriftRuleStatus }): string {
  const who = `${resourceLabel(r)}${r.constructPath ? ` (${r.constructPath})` : ''}`;
  const place = placeLabel(r);
  const where = place ? `, ${place}` : '';
  switch (r.status) {
    case 'MODIFIED': {
      const diffs = r.differences.map(
        (d) => `${d.path}: expected ${formatValue(d.expected)}, actual ${formatValue(d.actual)}`,
      );
      return `${who} drifted from the IaC (${r.resourceType ?? 'resource'} ${r.resourceId ?? ''}${where}). ${diffs.join('; ')}.`;
    }
    case 'DELETED':
      return `${who} is in the IaC but was deleted (${r.resourceType ?? 'resource'} ${r.resourceId ?? 'unknown id'}${where}).`;
    case 'UNMANAGED':
      return `${r.resourceType ?? 'A resource'} ${r.resourceId ?? ''} exists live but is in no stack${place ? ` (${place})` : ''}.`;
  }
}

/** Identity of the alert across runs: what drifted, not how; a new diff on the same resource updates the alert. */
function fingerprint(r: ResourceResult): string {
  return [r.status, r.stack ?? '-', r.address ?? '-', r.resourceType ?? '-', r.resourceId ?? '-'].join('|');
}
