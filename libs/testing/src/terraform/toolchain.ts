import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Where offline Terraform can find the hashicorp/aws provider, and which terraform binary to run. */
export interface TerraformToolchain {
  readonly available: true;
  readonly terraformVersion: string;
  /** Directory that holds `registry.terraform.io/hashicorp/aws/<version>/`. */
  readonly mirror: string;
  readonly awsProviderVersion: string;
}

export interface TerraformUnavailable {
  readonly available: false;
  readonly reason: string;
}

const MIRROR_CANDIDATES = [
  process.env.GROUNDWORK_TF_MIRROR,
  '/opt/tf-plugins',
  join(homedir(), '.terraform.d/plugins'),
  '/usr/local/share/terraform/plugins',
  '/usr/share/terraform/plugins',
].filter((p): p is string => Boolean(p));

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

function findAwsMirror(): { mirror: string; version: string } | undefined {
  for (const mirror of MIRROR_CANDIDATES) {
    const dir = join(mirror, 'registry.terraform.io/hashicorp/aws');
    if (!existsSync(dir)) continue;
    const versions = readdirSync(dir)
      .filter((v) => /^\d+\.\d+\.\d+$/.test(v))
      .sort(compareVersions);
    if (versions.length) return { mirror, version: versions[versions.length - 1] };
  }
  return undefined;
}

let cached: TerraformToolchain | TerraformUnavailable | undefined;

/** Probes once per process for terraform on PATH and a filesystem mirror of the aws provider. */
export function terraformToolchain(): TerraformToolchain | TerraformUnavailable {
  if (cached) return cached;
  let terraformVersion: string;
  try {
    const out = execFileSync('terraform', ['version', '-json'], {
      encoding: 'utf8',
      env: { ...process.env, CHECKPOINT_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    terraformVersion = (JSON.parse(out) as { terraform_version: string }).terraform_version;
  } catch {
    return (cached = { available: false, reason: 'terraform is not on PATH' });
  }
  const found = findAwsMirror();
  if (!found) {
    return (cached = {
      available: false,
      reason:
        `no filesystem mirror of hashicorp/aws in ${MIRROR_CANDIDATES.join(', ')} ` +
        '(set GROUNDWORK_TF_MIRROR to a directory that holds registry.terraform.io/hashicorp/aws/<version>/)',
    });
  }
  return (cached = {
    available: true,
    terraformVersion,
    mirror: found.mirror,
    awsProviderVersion: found.version,
  });
}
