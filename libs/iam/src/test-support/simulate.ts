import { runSimulation, runUnsafeSimulation } from '@cloud-copilot/iam-simulate';
import { Block } from '@groundwork/testing';
import { PolicyJson } from '../policy/policy-document';
import { unescapeTerraform } from '../policy/terraform-escape';

export type Decision = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

export const ACCOUNT = '111122223333';

export interface Request {
  readonly principal: string;
  readonly action: string;
  readonly resource: string;
  readonly context?: Record<string, string | string[]>;
}

/** The IAM JSON AWS would receive for a policy argument of a synthesized block. */
export function policyOf(block: Block, attribute = 'policy'): PolicyJson {
  const text = block.values[attribute];
  if (typeof text !== 'string') throw new Error(`${block.address} has no string ${attribute}`);
  return JSON.parse(unescapeTerraform(text)) as PolicyJson;
}

/**
 * Evaluates a request with @cloud-copilot/iam-simulate, which validates actions, resources and context keys
 * against AWS's service reference. `scps` holds one list of policies per level, root first.
 */
export async function simulate(
  request: Request,
  policies: {
    readonly identity?: readonly PolicyJson[];
    readonly scps?: readonly (readonly PolicyJson[])[];
    readonly resourcePolicy?: PolicyJson;
  },
): Promise<Decision> {
  const result = await runSimulation(
    {
      request: {
        principal: request.principal,
        action: request.action,
        resource: { resource: request.resource, accountId: ACCOUNT },
        contextVariables: request.context ?? {},
      },
      identityPolicies: (policies.identity ?? []).map((policy, i) => ({ name: `identity-${i}`, policy })),
      serviceControlPolicies: (policies.scps ?? []).map((level, i) => ({
        orgIdentifier: `level-${i}`,
        policies: level.map((policy, j) => ({ name: `scp-${i}-${j}`, policy })),
      })),
      resourceControlPolicies: [],
      resourcePolicy: policies.resourcePolicy,
    },
    {},
  );
  if (result.resultType === 'error') {
    throw new Error(`simulation rejected its input: ${JSON.stringify(result.errors)}`);
  }
  return result.overallResult as Decision;
}

/**
 * Evaluates a role trust policy for an AssumeRole* request. The validated `runSimulation` drops context keys
 * that are missing from AWS's service reference, and that reference lists no `sub` or `aud` key for
 * token.actions.githubusercontent.com (AWS documents and enforces both), so this uses the library's
 * `runUnsafeSimulation`, which evaluates the same engine without input validation.
 */
export function simulateTrust(
  request: Request,
  trustPolicy: PolicyJson,
  callerPolicies: readonly PolicyJson[] = [],
): Decision {
  const result = runUnsafeSimulation(
    {
      request: {
        principal: request.principal,
        action: request.action,
        resource: { resource: request.resource, accountId: ACCOUNT },
        contextVariables: request.context ?? {},
      },
      identityPolicies: callerPolicies.map((policy, i) => ({ name: `caller-${i}`, policy })),
      serviceControlPolicies: [],
      resourceControlPolicies: [],
      // The unsafe entry point reads the policy name from metadata, which it only gets from this wrapped form.
      resourcePolicy: {
        __validated: true,
        policyDocument: trustPolicy,
        metadata: { name: 'trust' },
        errors: [],
      },
    },
    {},
  );
  return result as Decision;
}
