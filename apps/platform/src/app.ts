import { App } from 'cdktf';
import { join } from 'node:path';
import { BackendKind } from './backend';
import { PLATFORM_DIR, WORKSPACE_ROOT } from './paths';
import { EnvironmentConfig, OrgConfig, loadEnvironment, loadOrg } from './config/environment';
import { Aspects } from 'cdktf';
import { Guard, Tagging } from '@groundwork/governance';
import { AppStack } from './stacks/app-stack';
import { DataStack } from './stacks/data-stack';
import { DriftMemberStack } from './stacks/drift-member-stack';
import { DriftStack } from './stacks/drift-stack';
import { IdentityStack } from './stacks/identity-stack';
import { NetworkStack } from './stacks/network-stack';
import { centralDriftArns, OrganizationDriftStack } from './stacks/organization-drift-stack';
import { OrgStack } from './stacks/org-stack';
import { PlatformStack } from './stacks/platform-stack';

/** The committed configuration: `apps/platform/config/{org,dev,prod}.json`. */
export const CONFIG_DIR = join(PLATFORM_DIR, 'config');
export const DEFAULT_ENVIRONMENTS = ['dev', 'prod'] as const;
/** Where `nx build drift-checker` writes the Lambda bundle that the drift stacks deploy. */
export const DRIFT_BUNDLE_ZIP = join(WORKSPACE_ROOT, 'dist/apps/drift-checker/lambda.zip');
/** The organization sweep's bundle, built by the same `nx build drift-checker`. */
export const ORGANIZATION_DRIFT_BUNDLE_ZIP = join(
  WORKSPACE_ROOT,
  'dist/apps/drift-checker/organization/lambda.zip',
);

export interface PlatformConfig {
  readonly org: OrgConfig;
  readonly environments: readonly EnvironmentConfig[];
}

/** Loads and validates org.json and each environment's file; throws ConfigError naming file and field. */
export function loadPlatformConfig(
  configDir: string = CONFIG_DIR,
  environments: readonly string[] = DEFAULT_ENVIRONMENTS,
): PlatformConfig {
  const org = loadOrg(join(configDir, 'org.json'));
  return {
    org,
    environments: environments.map((name) => loadEnvironment(join(configDir, `${name}.json`), org)),
  };
}

export interface EnvironmentStacks {
  readonly identity: IdentityStack;
  readonly network: NetworkStack;
  readonly data: DataStack;
  readonly app: AppStack;
  readonly drift: DriftStack;
}

/** The organization sweep's stacks, built when org.json has `organizationDrift`. */
export interface OrganizationDriftStacks {
  readonly central: OrganizationDriftStack;
  readonly members: Readonly<Record<string, DriftMemberStack>>;
}

export interface Platform {
  readonly org: OrgStack;
  readonly environments: Readonly<Record<string, EnvironmentStacks>>;
  readonly organizationDrift?: OrganizationDriftStacks;
  /** Every stack, in dependency order (the order to apply them in). */
  readonly stacks: readonly PlatformStack[];
}

export interface BuildOptions {
  /** @default the committed configuration, loaded and validated by `loadPlatformConfig()` */
  readonly config?: PlatformConfig;
  /** @default 's3' */
  readonly backend?: BackendKind;
  /** @default DRIFT_BUNDLE_ZIP (build it first: `npx nx build drift-checker`) */
  readonly driftBundleZip?: string;
  /** @default ORGANIZATION_DRIFT_BUNDLE_ZIP; used only with `organizationDrift` in org.json */
  readonly organizationDriftBundleZip?: string;
  /** Called as each stack is built, for progress output. @default none */
  readonly onStack?: (stack: PlatformStack) => void;
}

/**
 * Adds every stack of the platform to the app: `org`, with `organizationDrift` configured the audit account's
 * `drift-organization`, then per environment identity, network, data, app, drift and (with `organizationDrift`)
 * `drift-member-<env>`. Every stack gets the tagging aspect (cost tags as provider default_tags, `iac:stack`/`iac:address` on
 * each taggable resource) and the guard aspect (synthesis fails on any unsuppressed error finding).
 */
export function buildPlatform(app: App, options: BuildOptions = {}): Platform {
  const config = options.config ?? loadPlatformConfig();
  const backend = options.backend ?? 's3';
  const base = { org: config.org, backend };
  const stacks: PlatformStack[] = [];
  const add = <T extends PlatformStack>(stack: T, environment: string): T => {
    Aspects.of(stack).add(new Tagging({ project: config.org.project, environment, owner: config.org.owner }));
    Aspects.of(stack).add(new Guard());
    stacks.push(stack);
    options.onStack?.(stack);
    return stack;
  };

  const org = add(new OrgStack(app, 'org', { ...base, environments: config.environments }), 'management');
  const sweep = config.org.organizationDrift;
  const central =
    sweep &&
    add(
      new OrganizationDriftStack(app, 'drift-organization', {
        ...base,
        accountId: sweep.auditAccountId,
        region: config.org.stateRegion,
        organizationId: sweep.organizationId,
        regions: config.org.approvedRegions,
        bundleZip: options.organizationDriftBundleZip ?? ORGANIZATION_DRIFT_BUNDLE_ZIP,
        alertEmails: sweep.alertEmails,
      }),
      'audit',
    );
  const members: Record<string, DriftMemberStack> = {};
  const environments: Record<string, EnvironmentStacks> = {};
  for (const env of config.environments) {
    const identity = add(new IdentityStack(app, `identity-${env.name}`, { ...base, env }), env.name);
    const network = add(new NetworkStack(app, `network-${env.name}`, { ...base, env }), env.name);
    const data = add(new DataStack(app, `data-${env.name}`, { ...base, env, network, identity }), env.name);
    const appStack = add(
      new AppStack(app, `app-${env.name}`, { ...base, env, network, identity, data }),
      env.name,
    );
    const drift = add(
      new DriftStack(app, `drift-${env.name}`, {
        ...base,
        env,
        driftBundleZip: options.driftBundleZip ?? DRIFT_BUNDLE_ZIP,
      }),
      env.name,
    );
    environments[env.name] = { identity, network, data, app: appStack, drift };
    if (sweep) {
      // Another account's resources cannot be referenced across stacks: the ARNs are built from the central names.
      const arns = centralDriftArns(config.org.project, sweep.auditAccountId, config.org.stateRegion);
      members[env.name] = add(
        new DriftMemberStack(app, `drift-member-${env.name}`, {
          ...base,
          env,
          auditAccountId: sweep.auditAccountId,
          centralBusArn: arns.busArn,
          centralRoleArns: arns.roleArns,
          centralDeliveryRoleArn: arns.deliveryRoleArn,
        }),
        env.name,
      );
    }
  }
  return {
    org,
    environments,
    stacks,
    ...(central ? { organizationDrift: { central, members } } : {}),
  };
}
