import { App } from 'cdktf';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scanTerraform } from '@groundwork/guard';
import { SynthesizedStack, itPassesTerraform, synthApp, testApp } from '@groundwork/testing';
import {
  ADDRESS_INVENTORY_FILE,
  inventoryChanges,
  parseInventory,
  stackAddresses,
} from './address-inventory';
import { buildPlatform, loadPlatformConfig } from './app';
import { backendKindFromEnv, stateKey } from './backend';
import { formatStackTable, summarizeStacks } from './stack-summary';

const STACKS = [
  'org',
  'drift-organization',
  'identity-dev',
  'network-dev',
  'data-dev',
  'app-dev',
  'drift-dev',
  'drift-member-dev',
  'identity-prod',
  'network-prod',
  'data-prod',
  'app-prod',
  'drift-prod',
  'drift-member-prod',
];
const driftBundleZip = join(__dirname, '__fixtures__/drift-bundle.zip');

describe('platform app', () => {
  const app = testApp();
  const platform = buildPlatform(app, {
    backend: 's3',
    driftBundleZip,
    organizationDriftBundleZip: driftBundleZip,
  });
  const stacks = synthApp(app);
  const all = (): [string, SynthesizedStack][] => Object.entries(stacks);

  it('builds every stack of both environments, in dependency order', () => {
    expect(platform.stacks.map((s) => s.node.id)).toEqual(STACKS);
    expect(Object.keys(stacks).sort()).toEqual([...STACKS].sort());
  });

  it('keeps every Terraform address of the committed inventory (a changed address replaces its resource)', () => {
    const current = Object.fromEntries(all().map(([name, s]) => [name, stackAddresses(s.json)]));
    const committed = parseInventory(readFileSync(ADDRESS_INVENTORY_FILE, 'utf8'));
    // When a change is intended, `npm run addresses` rewrites the file and the diff shows what a plan would do.
    expect(inventoryChanges(committed, current)).toEqual([]);
  });

  itPassesTerraform('every stack of both environments passes terraform validate and the mock apply', () =>
    all().map(([name, s]) => ({ name, config: s.json })),
  );

  it('passes guard: no unsuppressed error or warning, and every suppression says why', () => {
    const findings = all().flatMap(([name, s]) => scanTerraform(s.json, { stack: name }));
    expect(
      findings.filter((f) => !f.suppressed).map((f) => `${f.stack} ${f.ruleId} ${f.constructPath}`),
    ).toEqual([]);
    const suppressed = findings.filter((f) => f.suppressed);
    expect(suppressed.length).toBeGreaterThan(0);
    for (const f of suppressed) expect(f.suppressed?.reason.length).toBeGreaterThan(20);
    // The dev-only choices are the ones suppressed; prod has none of them.
    expect(suppressed.filter((f) => f.stack === 'data-prod')).toEqual([]);
  });

  it('tags every stack for cost allocation and every taggable resource with its stack and address', () => {
    expect(stacks['app-prod'].json.provider?.aws[0]).toMatchObject({
      default_tags: [{ tags: { project: 'groundwork', environment: 'prod', owner: 'platform-team' } }],
    });
    const vpc = stacks['network-dev'].resource('aws_vpc');
    expect(vpc.values.tags).toMatchObject({ 'iac:stack': 'network-dev', 'iac:address': vpc.address });
  });

  it('keeps each stack in its account and region', () => {
    const config = loadPlatformConfig();
    const dev = config.environments.find((e) => e.name === 'dev');
    expect(stacks['network-dev'].json.provider?.aws[0]).toMatchObject({
      region: dev?.region,
      allowed_account_ids: [dev?.accountId],
    });
    expect(stacks.org.json.provider?.aws[0]).toMatchObject({
      allowed_account_ids: [config.org.managementAccountId],
    });
  });

  it('stores state in S3 with native locking, one key per stack', () => {
    for (const [name, s] of all()) {
      expect(s.json.terraform?.backend).toEqual({
        s3: expect.objectContaining({ key: stateKey(name), encrypt: true, use_lockfile: true }),
      });
    }
  });

  it('wires stacks through cross-stack references, never copied ids', () => {
    const remote = (name: string) => Object.keys(stacks[name].json.data?.terraform_remote_state ?? {}).sort();
    expect(remote('app-dev')).toEqual([
      'cross-stack-reference-input-data-dev',
      'cross-stack-reference-input-identity-dev',
      'cross-stack-reference-input-network-dev',
    ]);
    expect(remote('data-dev')).toEqual([
      'cross-stack-reference-input-identity-dev',
      'cross-stack-reference-input-network-dev',
    ]);
    expect(remote('network-dev')).toEqual([]);
    for (const [name, s] of all()) {
      const text = JSON.stringify(s.json);
      expect({ name, ids: text.match(/"(vpc|subnet|sg|igw|nat|rtb|lt)-[0-9a-f]{8,17}"/g) }).toEqual({
        name,
        ids: null,
      });
    }
    const rule = stacks['app-dev'].resource(
      'aws_vpc_security_group_ingress_rule',
      'database-from-app',
    ).values;
    expect(rule.security_group_id).toMatch(
      /^\$\{data\.terraform_remote_state\.cross-stack-reference-input-data-dev\.outputs\./,
    );
    expect(rule.referenced_security_group_id).toMatch(/^\$\{aws_security_group\.tiers_app-security-group_/);
  });

  it('chains the tiers: each security group admits only the one in front of it', () => {
    const app = stacks['app-dev'];
    const groupOf = (ref: unknown) =>
      String(ref).replace(/^\$\{aws_security_group\.tiers_(.+?)_[0-9A-F]{8}\.id\}$/, '$1');
    const ingress = app
      .resources('aws_vpc_security_group_ingress_rule')
      .filter((r) => String(r.values.security_group_id).startsWith('${aws_security_group.'))
      .map((r) => {
        const from = r.values.cidr_ipv4 ?? groupOf(r.values.referenced_security_group_id);
        return `${groupOf(r.values.security_group_id)} <- ${from} tcp/${r.values.from_port}`;
      })
      .sort();
    expect(ingress).toEqual([
      'app-security-group <- internal-alb_security-group tcp/8080',
      'internal-alb_security-group <- web-security-group tcp/443',
      'public-alb_security-group <- 0.0.0.0/0 tcp/443',
      'public-alb_security-group <- 0.0.0.0/0 tcp/80',
      'web-security-group <- public-alb_security-group tcp/80',
    ]);
  });

  it('serves HTTPS with a TLS 1.2+ policy and only redirects HTTP', () => {
    const listeners = stacks['app-prod'].resources('aws_lb_listener').map((l) => l.values);
    const https = listeners.filter((l) => l.protocol === 'HTTPS');
    expect(https).toHaveLength(2);
    for (const l of https) expect(l.ssl_policy).toBe('ELBSecurityPolicy-TLS13-1-2-2021-06');
    expect(listeners.filter((l) => l.protocol === 'HTTP').map((l) => l.default_action)).toEqual([
      [{ type: 'redirect', redirect: { port: '443', protocol: 'HTTPS', status_code: 'HTTP_301' } }],
    ]);
  });

  it('launches the tiers with IMDSv2, encrypted volumes, no public address and the identity stack roles', () => {
    const app = stacks['app-dev'];
    for (const lt of app.resources('aws_launch_template')) {
      expect(lt.values).toMatchObject({
        metadata_options: { http_tokens: 'required', http_put_response_hop_limit: 1 },
        block_device_mappings: [{ ebs: { encrypted: 'true', volume_type: 'gp3' } }],
        network_interfaces: [{ associate_public_ip_address: 'false' }],
      });
    }
    const roles = app
      .resources('aws_iam_instance_profile')
      .filter((p) => p.address.includes('launch-template'))
      .map((p) => p.values.role);
    expect(roles).toEqual([
      expect.stringMatching(/cross-stack-reference-input-identity-dev\.outputs\..*app-instance-role/),
      expect.stringMatching(/cross-stack-reference-input-identity-dev\.outputs\..*web-instance-role/),
    ]);
  });

  it('logs both load balancers to the data stack log bucket', () => {
    const logs = stacks['app-dev'].resources('aws_lb').map((lb) => lb.values.access_logs);
    expect(logs).toEqual([
      {
        enabled: true,
        bucket: expect.stringMatching(/cross-stack-reference-input-data-dev.*log-bucket/),
        prefix: 'groundwork-dev/internal',
      },
      {
        enabled: true,
        bucket: expect.stringMatching(/cross-stack-reference-input-data-dev.*log-bucket/),
        prefix: 'groundwork-dev/public',
      },
    ]);
    const logBucketPolicy = stacks['data-dev'].resource('aws_s3_bucket_policy', 'log-bucket').values.policy;
    expect(logBucketPolicy).toContain('data.aws_elb_service_account');
  });

  it('records flow logs in both networks and pays for interface endpoints only where NAT is per zone', () => {
    const endpoints = (stack: string) =>
      stacks[stack]
        .resources('aws_vpc_endpoint')
        .map((e) => `${e.values.vpc_endpoint_type} ${String(e.values.service_name).split('.').pop()}`)
        .sort();
    expect(endpoints('network-dev')).toEqual(['Gateway dynamodb', 'Gateway s3']);
    expect(endpoints('network-prod')).toEqual([
      'Gateway dynamodb',
      'Gateway s3',
      'Interface ec2messages',
      'Interface logs',
      'Interface secretsmanager',
      'Interface ssm',
      'Interface ssmmessages',
    ]);
    for (const stack of ['network-dev', 'network-prod']) {
      expect(stacks[stack].resource('aws_flow_log').values.traffic_type).toBe('ALL');
      expect(stacks[stack].resources('aws_subnet')).toHaveLength(9);
    }
  });

  it('checks drift on every Config change and alerts the configured addresses', () => {
    const drift = stacks['drift-dev'];
    const dev = loadPlatformConfig().environments.find((e) => e.name === 'dev');
    expect(drift.resource('aws_config_configuration_recorder').values.recording_group).toMatchObject({
      all_supported: true,
      include_global_resource_types: true,
    });
    const lambda = drift.resource('aws_lambda_function');
    expect(drift.resource('aws_config_config_rule').values.source).toMatchObject({
      owner: 'CUSTOM_LAMBDA',
      source_identifier: SynthesizedStack.ref(lambda, 'arn'),
    });
    expect(drift.resources('aws_sns_topic_subscription').map((s) => s.values.endpoint)).toEqual(
      dev?.alertEmails,
    );
  });

  it('lets only the GitHub environment of the repository assume the deploy role', () => {
    const trust = stacks['identity-prod'].resource('aws_iam_role', 'deploy-role').values.assume_role_policy;
    const config = loadPlatformConfig();
    expect(JSON.parse(String(trust)).Statement).toEqual([
      expect.objectContaining({
        Effect: 'Allow',
        Action: ['sts:AssumeRoleWithWebIdentity'],
        Condition: {
          StringEquals: {
            'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com',
            'token.actions.githubusercontent.com:sub': [
              `repo:${config.org.github.repository}:environment:prod`,
            ],
          },
        },
      }),
    ]);
  });

  it('runs dev on one NAT gateway and prod on one per zone, with a Multi-AZ protected database', () => {
    expect(stacks['network-dev'].resources('aws_nat_gateway')).toHaveLength(1);
    expect(stacks['network-prod'].resources('aws_nat_gateway')).toHaveLength(3);
    expect(stacks['data-prod'].resource('aws_db_instance').values).toMatchObject({
      multi_az: true,
      deletion_protection: true,
      storage_encrypted: true,
      publicly_accessible: false,
    });
    expect(stacks['data-dev'].resource('aws_db_instance').values).toMatchObject({ multi_az: false });
  });

  it('closes the secrets bucket to everyone but the app and deploy roles', () => {
    const policy = stacks['data-dev'].resource('aws_s3_bucket_policy', 'secrets-bucket').values
      .policy as string;
    const deny = (
      JSON.parse(policy) as { Statement: { Effect: string; Condition?: unknown }[] }
    ).Statement.filter(
      (s) => s.Effect === 'Deny' && JSON.stringify(s.Condition ?? {}).includes('aws:PrincipalArn'),
    );
    expect(deny).not.toHaveLength(0);
    expect(JSON.stringify(deny)).toContain('cross-stack-reference-input-identity-dev');
  });

  it('attaches the region SCP and the combined guardrails to every workload OU', () => {
    const policies = stacks.org.resources('aws_organizations_policy').map((p) => p.values.name);
    expect(policies).toEqual(
      expect.arrayContaining(['DenyLeavingOrganization', 'RestrictRegions', 'AccountGuardrails']),
    );
    const regionDoc = stacks.org
      .resources('aws_organizations_policy')
      .find((p) => p.values.name === 'RestrictRegions')?.values.content as string;
    expect(regionDoc).toContain('eu-west-1');
  });

  it('places each environment account in its OU, adopting the existing account by id', () => {
    const config = loadPlatformConfig();
    const ouId = (name: string) =>
      `\${${stacks.org.resources('aws_organizations_organizational_unit').find((o) => o.values.name === name)?.address}.id}`;
    const accounts = stacks.org.resources('aws_organizations_account');
    expect(accounts.map((a) => [a.values.name, a.values.parent_id])).toEqual([
      ['groundwork-dev', ouId('NonProd')],
      ['groundwork-prod', ouId('Prod')],
    ]);
    expect(stacks.org.json.import).toEqual(
      config.environments.map((env, i) => ({ to: accounts[i].address, id: env.accountId })),
    );
  });
});

describe('organization drift stacks', () => {
  it('are built only when org.json has organizationDrift', () => {
    const config = loadPlatformConfig();
    const { organizationDrift, ...org } = config.org;
    expect(organizationDrift).toBeDefined();
    const without = buildPlatform(testApp(), {
      config: { ...config, org },
      driftBundleZip,
      organizationDriftBundleZip: driftBundleZip,
    });
    expect(without.organizationDrift).toBeUndefined();
    expect(without.stacks.map((s) => s.node.id)).toEqual(
      STACKS.filter((s) => !s.startsWith('drift-organization') && !s.startsWith('drift-member-')),
    );
  });

  it('puts the central stack in the audit account and each member stack in its environment account', () => {
    const app = testApp();
    const config = loadPlatformConfig();
    const platform = buildPlatform(app, {
      config,
      driftBundleZip,
      organizationDriftBundleZip: driftBundleZip,
    });
    const stacks = synthApp(app);
    expect(platform.organizationDrift?.central.accountId).toBe(config.org.organizationDrift?.auditAccountId);
    for (const env of config.environments) {
      expect(platform.organizationDrift?.members[env.name].accountId).toBe(env.accountId);
      const target = stacks[`drift-member-${env.name}`].resource('aws_cloudwatch_event_target').values;
      expect(target.arn).toBe(
        `arn:aws:events:${config.org.stateRegion}:${config.org.organizationDrift?.auditAccountId}:event-bus/` +
          stacks['drift-organization'].resource('aws_cloudwatch_event_bus').values.name,
      );
    }
  });
});

describe('backends', () => {
  it('switches every stack to a local backend with GROUNDWORK_BACKEND=local', () => {
    expect(backendKindFromEnv({ GROUNDWORK_BACKEND: 'local' })).toBe('local');
    expect(backendKindFromEnv({})).toBe('s3');
    expect(() => backendKindFromEnv({ GROUNDWORK_BACKEND: 'gcs' })).toThrow(
      'GROUNDWORK_BACKEND must be "s3" or "local", got "gcs"',
    );
    const app = testApp();
    buildPlatform(app, { backend: 'local', driftBundleZip, organizationDriftBundleZip: driftBundleZip });
    const stacks = synthApp(app);
    expect(stacks['network-dev'].json.terraform?.backend).toEqual({
      local: { path: 'terraform.network-dev.tfstate' },
    });
  });
});

describe('stack summary', () => {
  it('writes manifest.json and each stack, and counts their resources', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'groundwork-platform-'));
    try {
      const app = new App({ outdir });
      buildPlatform(app, { driftBundleZip, organizationDriftBundleZip: driftBundleZip });
      app.synth();
      expect(summarizeStacks(outdir).map((s) => s.name)).toEqual([...STACKS].sort());
      const summary = summarizeStacks(outdir, STACKS);
      expect(summary.map((s) => s.name)).toEqual(STACKS);
      expect(summary.every((s) => s.resources > 0)).toBe(true);
      const table = formatStackTable(summary);
      expect(table.split('\n')[0]).toMatch(/^STACK +RESOURCES {2}DATA SOURCES$/);
      expect(table).toMatch(new RegExp(`\\ntotal +${summary.reduce((n, s) => n + s.resources, 0)}$`));
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });
});
