import { App } from 'cdktf';
import { join } from 'node:path';
import { BackendKind } from './backend';
import { PLATFORM_DIR, WORKSPACE_ROOT } from './paths';
import { EnvironmentConfig, OrgConfig, loadEnvironment, loadOrg } from './config/environment';
import { Aspects } from 'cdktf';
import { Guard, Tagging } from '@groundwork/governance';
import { AppStack } from './stacks/app-stack';
import { DataStack } from './stacks/data-stack';
import { DriftStack } from './stacks/drift-stack';
import { IdentityStack } from './stacks/identity-stack';
import { NetworkStack } from './stacks/network-stack';
import { OrgStack } from './stacks/org-stack';
import { PlatformStack } from './stacks/platform-stack';

/** The committed configuration: `apps/platform/config/{org,dev,prod}.json`. */
export const CONFIG_DIR = join(PLATFORM_DIR, 'config');
export const DEFAULT_ENVIRONMENTS = ['dev', 'prod'] as const;
/** Where `nx build drift-checker` writes the Lambda bundle that the drift stacks deploy. */
export const DRIFT_BUNDLE_ZIP = join(WORKSPACE_ROOT, 'dist/apps/drift-checker/lambda.zip');

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

export interface Platform {
  readonly org: OrgStack;
  readonly environments: Readonly<Record<string, EnvironmentStacks>>;
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
  /** Called as each stack is built, for progress output. @default none */
  readonly onStack?: (stack: PlatformStack) => void;
}

/**
 * Adds every stack of the platform to the app: `org`, then per environment identity, network, data, app and
 * drift. Every stack gets the tagging aspect (cost tags as provider default_tags, `iac:stack`/`iac:address` on
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
  }
  return { org, environments, stacks };
}
