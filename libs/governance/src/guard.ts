import { Annotations, IAspect, TerraformStack } from 'cdktf';
import { IConstruct } from 'constructs';
import { ALL_RULES, GuardFinding, GuardRule, failsScan, scanTerraform } from '@groundwork/guard';

export interface GuardProps {
  /** Fail synthesis on unsuppressed warnings too. @default false */
  readonly strict?: boolean;
  /** The rules to run. @default ALL_RULES (every rule of @groundwork/guard) */
  readonly rules?: readonly GuardRule[];
}

/**
 * Runs the guard rule pack over each stack's synthesized Terraform JSON at synth time and fails synthesis with
 * every unsuppressed error finding listed (with `strict`, warnings too). Other warnings become warning
 * annotations on the stack, notes (what a rule could not decide) info annotations.
 *
 * Add it to each stack (`Aspects.of(stack).add(new Guard())`): cdktf applies aspects stack by stack, so one
 * added to the App is not run. The scan runs as a stack validation, after every aspect (tags, suppressions) has
 * been applied, so it sees exactly what is written to cdk.tf.json.
 */
export class Guard implements IAspect {
  private readonly guarded = new WeakSet<TerraformStack>();
  private readonly strict: boolean;
  private readonly rules: readonly GuardRule[];

  constructor(props: GuardProps = {}) {
    this.strict = props.strict ?? false;
    this.rules = props.rules ?? ALL_RULES;
  }

  visit(node: IConstruct): void {
    if (!TerraformStack.isStack(node) || this.guarded.has(node)) return;
    this.guarded.add(node);
    const stack = node;
    stack.node.addValidation({ validate: () => this.validate(stack) });
  }

  private validate(stack: TerraformStack): string[] {
    const findings = scanTerraform(stack.toTerraform(), { stack: stack.node.id, rules: this.rules });
    const fails = (f: GuardFinding) => failsScan(f, this.strict);
    for (const f of findings.filter((f) => !f.suppressed && !fails(f))) {
      // What a rule could not decide (a computed value) informs; it is no warning.
      const annotate = f.severity === 'note' ? 'addInfo' : 'addWarning';
      Annotations.of(stack)[annotate](`guard ${f.ruleId} at ${f.constructPath} (${f.address}): ${f.message}`);
    }
    return findings.filter(fails).map(describe);
  }
}

function describe(f: GuardFinding): string {
  return `guard ${f.ruleId} (${f.severity}) at ${f.constructPath} [${f.address}]: ${f.message}. Fix: ${f.fix} Or suppress(construct, '${f.ruleId}', '<reason>').`;
}
