import { LocalBackend, S3Backend, TerraformStack } from 'cdktf';
import type { OrgConfig } from './config/environment';

/**
 * `s3`: every stack keeps its state in the organization's state bucket under `groundwork/<stack>.tfstate`, with S3
 * native locking (`use_lockfile`, Terraform ≥ 1.10: no DynamoDB table). `local`: state in
 * `terraform.<stack>.tfstate` beside the synthesized stack, for offline runs and experiments.
 * Choose with GROUNDWORK_BACKEND=local|s3 (default s3).
 */
export type BackendKind = 's3' | 'local';

export function backendKindFromEnv(env: NodeJS.ProcessEnv = process.env): BackendKind {
  const value = env.GROUNDWORK_BACKEND ?? 's3';
  if (value !== 's3' && value !== 'local') {
    throw new Error(`GROUNDWORK_BACKEND must be "s3" or "local", got "${value}"`);
  }
  return value;
}

/** The prefix of every stack's state object in the state bucket; the drift checker may read only below it. */
export const STATE_KEY_PREFIX = 'groundwork/';

/** The state object key of a stack in the state bucket; the drift checker reads state from the same keys. */
export function stateKey(stackName: string): string {
  return `${STATE_KEY_PREFIX}${stackName}.tfstate`;
}

export function configureBackend(stack: TerraformStack, kind: BackendKind, org: OrgConfig): void {
  const name = stack.node.id;
  if (kind === 'local') {
    new LocalBackend(stack, { path: `terraform.${name}.tfstate` });
    return;
  }
  const backend = new S3Backend(stack, {
    bucket: org.stateBucket,
    key: stateKey(name),
    region: org.stateRegion,
    encrypt: true,
  });
  // cdktf 0.21 has no typed prop for S3 native locking yet.
  backend.addOverride('use_lockfile', true);
}
