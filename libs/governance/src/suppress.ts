import { Aspects, IAspect, TerraformResource } from 'cdktf';
import { IConstruct } from 'constructs';
import { ALL_RULES, SUPPRESSIONS_METADATA_PATH } from '@groundwork/guard';

const KNOWN_RULE_IDS = new Set(ALL_RULES.map((r) => r.id));

/**
 * Suppresses one guard rule on a resource, or on every resource under a construct (also ones added later),
 * with a reason that is required. The suppression is written into each resource's `//` metadata in the
 * synthesized JSON (`"//": { "guard": { "suppressions": { "<rule id>": "<reason>" } } }`), where the `Guard`
 * aspect and `groundwork guard scan` read it; every output still lists the finding as suppressed.
 */
export function suppress(scope: IConstruct, ruleId: string, reason: string): void {
  if (!KNOWN_RULE_IDS.has(ruleId)) {
    throw new Error(
      `suppress(${scope.node.path}): unknown guard rule id "${ruleId}". Run \`groundwork guard rules\` for the list.`,
    );
  }
  if (typeof reason !== 'string' || reason.trim().length < 10) {
    throw new Error(
      `suppress(${scope.node.path}, ${ruleId}): a reason is required (at least 10 characters) saying why the rule does not apply, got ${JSON.stringify(reason)}`,
    );
  }
  if (TerraformResource.isTerraformResource(scope)) {
    stamp(scope, ruleId, reason.trim());
  } else {
    Aspects.of(scope).add(new SuppressionStamp(ruleId, reason.trim()));
  }
}

/** Stamps one suppression on every resource it visits. */
class SuppressionStamp implements IAspect {
  constructor(
    private readonly ruleId: string,
    private readonly reason: string,
  ) {}

  visit(node: IConstruct): void {
    if (TerraformResource.isTerraformResource(node)) stamp(node, this.ruleId, this.reason);
  }
}

function stamp(resource: TerraformResource, ruleId: string, reason: string): void {
  resource.addOverride(['//', ...SUPPRESSIONS_METADATA_PATH, ruleId].join('.'), reason);
}
