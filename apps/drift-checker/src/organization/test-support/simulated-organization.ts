// A simulated AWS Organization for the sweep's tests: a workload stack per member account and region (a VPC, security
// groups and a log group; in the account's first region also an IAM role and the password policy, global types),
// applied with @groundwork/aws-sim into each account, with the Terraform state, the Config items each account's
// recorder holds, and what Cloud Control and the direct reads return in each account.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  simulateAccount,
  type CloudControlResource,
  type ConfigItem as SimItem,
  type DirectRead,
} from '@groundwork/aws-sim';
import { parseIac, parseStates, type DesiredModel, type StateModel } from '@groundwork/drift';

export interface Place {
  readonly account: string;
  readonly region: string;
}

export interface SimulatedOrganization {
  readonly iacDir: string;
  readonly desired: DesiredModel;
  readonly state: StateModel;
  /** Each stack's state file, `<stack>.tfstate` → content, as its S3 backend holds it. */
  readonly stateFiles: Readonly<Record<string, string>>;
  /** Every account's recorder, as the organization aggregator reads them. Mutable: scenarios drift them. */
  readonly items: SimItem[];
  /** What Cloud Control reads in each account (log groups). Mutable: scenarios drift them. */
  readonly cloudControl: (CloudControlResource & { readonly account: string })[];
  /** What the direct reads return in each account (the password policy). */
  readonly direct: (DirectRead & { readonly account: string })[];
  readonly places: readonly Place[];
}

/** Where every stack's S3 backend keeps its state: `<stack>.tfstate` in this bucket. */
export const STATE_BUCKET = 'org-state';

export function stackName(p: Place): string {
  return `workload-${p.account}-${p.region}`;
}

function workloadStack(p: Place, withRole: boolean, index: number): object {
  const path = (name: string) => ({ metadata: { path: `${stackName(p)}/${name}`, uniqueId: name } });
  const resource: Record<string, Record<string, object>> = {
    aws_vpc: { vpc: { '//': path('vpc'), cidr_block: `10.${index}.0.0/16`, tags: { Name: 'workload' } } },
    aws_security_group: {
      web: { '//': path('web'), name: 'web', description: 'web tier', vpc_id: '${aws_vpc.vpc.id}' },
      app: { '//': path('app'), name: 'app', description: 'app tier', vpc_id: '${aws_vpc.vpc.id}' },
    },
    aws_cloudwatch_log_group: {
      app: { '//': path('app-logs'), name: '/workload/app', retention_in_days: 30 },
    },
  };
  if (withRole) {
    resource['aws_iam_account_password_policy'] = {
      policy: { '//': path('password-policy'), minimum_password_length: 14, require_symbols: true },
    };
    resource['aws_iam_role'] = {
      deploy: {
        '//': path('deploy'),
        name: 'workload-deploy',
        assume_role_policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
          ],
        }),
      },
    };
  }
  return {
    provider: { aws: [{ region: p.region, allowed_account_ids: [p.account] }] },
    terraform: {
      required_providers: { aws: { source: 'aws', version: '6.25.0' } },
      backend: { s3: { bucket: STATE_BUCKET, key: `${stackName(p)}.tfstate`, region: 'eu-west-1' } },
    },
    resource,
  };
}

/** Writes the organization's cdktf.out, applies each stack in its account and region, and records the items. */
export function simulateOrganization(places: readonly Place[], seed = 'org-sweep'): SimulatedOrganization {
  const iacDir = mkdtempSync(join(tmpdir(), 'gw-org-'));
  const firstRegion = new Map<string, string>();
  for (const p of places) if (!firstRegion.has(p.account)) firstRegion.set(p.account, p.region);
  const stacks: Record<string, { name: string; synthesizedStackPath: string }> = {};
  const files: { path: string; content: string }[] = [];
  places.forEach((p, i) => {
    const name = stackName(p);
    const rel = `stacks/${name}/cdk.tf.json`;
    mkdirSync(join(iacDir, 'stacks', name), { recursive: true });
    const content = JSON.stringify(workloadStack(p, firstRegion.get(p.account) === p.region, i));
    writeFileSync(join(iacDir, rel), content);
    files.push({ path: `cdktf.out/${rel}`, content });
    stacks[name] = { name, synthesizedStackPath: rel };
  });
  const manifest = JSON.stringify({ version: '0.21.0', stacks });
  writeFileSync(join(iacDir, 'manifest.json'), manifest);
  const desired = parseIac([{ path: 'cdktf.out/manifest.json', content: manifest }, ...files]);
  const items: SimItem[] = [];
  const cloudControl: SimulatedOrganization['cloudControl'] = [];
  const direct: SimulatedOrganization['direct'] = [];
  const stateFiles: { path: string; content: string }[] = [];
  const byKey: Record<string, string> = {};
  for (const p of places) {
    const account = simulateAccount(iacDir, {
      account: p.account,
      region: p.region,
      seed: `${seed}-${p.account}-${p.region}`,
      stacks: [stackName(p)],
    });
    // IAM is recorded once per account: the account's other regions do not record it again.
    items.push(
      ...account.items.filter(
        (item) => item.awsRegion !== 'global' || firstRegion.get(p.account) === p.region,
      ),
    );
    cloudControl.push(...account.cloudControl.map((r) => ({ ...r, account: p.account })));
    direct.push(...account.direct.map((r) => ({ ...r, account: p.account })));
    for (const [stack, state] of Object.entries(account.states)) {
      const content = JSON.stringify(state);
      stateFiles.push({ path: `state/${stack}.tfstate`, content });
      byKey[`${stack}.tfstate`] = content;
    }
  }
  return {
    iacDir,
    desired,
    state: parseStates(stateFiles, desired),
    stateFiles: byKey,
    items,
    cloudControl,
    direct,
    places,
  };
}
