import { Vpc } from '@groundwork/network';
import { Block, SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { webAppTiersExample } from '../examples/web-app-tiers.example';
import { WebAppTiers, WebAppTiersProps } from './web-app-tiers';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

describe('WebAppTiers example', () => {
  const stack = synthConstruct((s) => void webAppTiersExample(s));
  const group = (part: string): string =>
    SynthesizedStack.ref(stack.resource('aws_security_group', part), 'id');
  const rulesOf = (type: string, groupId: string): Block[] =>
    stack.resources(type).filter((r) => r.values.security_group_id === groupId);

  it('has two load balancers: one internet-facing in the public subnets, one internal in the private subnets', () => {
    const lbs = stack.resources('aws_lb');
    expect(lbs).toHaveLength(2);
    const publicLb = stack.resource('aws_lb', 'public-alb').values;
    const internalLb = stack.resource('aws_lb', 'internal-alb').values;
    const subnets = (tier: string) =>
      stack
        .resources('aws_subnet')
        .filter((s) => s.name.includes(`${tier}-subnet`))
        .map((s) => SynthesizedStack.ref(s, 'id'));
    expect(publicLb).toMatchObject({ internal: false, subnets: subnets('public') });
    expect(internalLb).toMatchObject({ internal: true, subnets: subnets('private') });
    for (const lb of lbs) {
      expect(lb.values).toMatchObject({
        drop_invalid_header_fields: true,
        enable_deletion_protection: true,
        access_logs: { enabled: true, bucket: 'shop-alb-access-logs' },
      });
    }
  });

  it('has two auto scaling groups in the private subnets, each from a launch template that requires IMDSv2', () => {
    const asgs = stack.resources('aws_autoscaling_group');
    expect(asgs).toHaveLength(2);
    const privateSubnets = stack
      .resources('aws_subnet')
      .filter((s) => s.name.includes('private-subnet'))
      .map((s) => SynthesizedStack.ref(s, 'id'));
    const templates = new Set<string>();
    for (const asg of asgs) {
      expect(asg.values.vpc_zone_identifier).toEqual(privateSubnets);
      const ref = (asg.values.launch_template as { id: string }).id;
      const template = stack
        .resources('aws_launch_template')
        .find((t) => SynthesizedStack.ref(t, 'id') === ref);
      expect(template?.values.metadata_options).toMatchObject({
        http_tokens: 'required',
        http_put_response_hop_limit: 1,
      });
      templates.add(ref);
    }
    expect(templates.size).toBe(2);
  });

  it('puts each tier behind its own load balancer, scaling on CPU and requests', () => {
    const targetOf = (lb: string) =>
      SynthesizedStack.ref(stack.resource('aws_lb_target_group', `${lb}-alb_default-target`), 'arn');
    expect(stack.resource('aws_autoscaling_group', 'shop_web').values).toMatchObject({
      target_group_arns: [targetOf('public')],
      health_check_type: 'ELB',
      min_size: 3,
      max_size: 12,
    });
    expect(stack.resource('aws_autoscaling_group', 'shop_app').values).toMatchObject({
      target_group_arns: [targetOf('internal')],
      health_check_type: 'ELB',
    });
    expect(stack.resource('aws_lb_target_group', 'internal-alb').values).toMatchObject({
      port: 8080,
      health_check: expect.objectContaining({ path: '/health' }),
    });
    expect(stack.resources('aws_autoscaling_policy')).toHaveLength(4);
  });

  it('chains security groups: each tier admits only the group before it, by reference and never by CIDR', () => {
    const chain = [
      ['public-alb', 'web-security-group', 80],
      ['web-security-group', 'internal-alb', 443],
      ['internal-alb', 'app-security-group', 8080],
    ] as const;
    for (const [previous, next, port] of chain) {
      const ingress = rulesOf('aws_vpc_security_group_ingress_rule', group(next));
      expect(ingress.map((r) => r.values)).toEqual([
        expect.objectContaining({
          referenced_security_group_id: group(previous),
          from_port: port,
          to_port: port,
        }),
      ]);
      expect(ingress[0].values).not.toHaveProperty('cidr_ipv4');
    }
  });

  it('lets only the public load balancer take traffic from the internet, on 443 and 80', () => {
    const ingress = rulesOf('aws_vpc_security_group_ingress_rule', group('public-alb'));
    expect(ingress.map((r) => [r.values.from_port, r.values.cidr_ipv4])).toEqual([
      [443, '0.0.0.0/0'],
      [80, '0.0.0.0/0'],
    ]);
    const openToCidr = stack
      .resources('aws_vpc_security_group_ingress_rule')
      .filter((r) => r.values.cidr_ipv4 !== undefined)
      .map((r) => r.values.security_group_id);
    expect(new Set(openToCidr)).toEqual(new Set([group('public-alb')]));
  });

  it('lets each load balancer send only to its tier, and the web tier reach the internal balancer', () => {
    expect(
      rulesOf('aws_vpc_security_group_egress_rule', group('public-alb')).map(
        (r) => r.values.referenced_security_group_id,
      ),
    ).toEqual([group('web-security-group')]);
    expect(
      rulesOf('aws_vpc_security_group_egress_rule', group('internal-alb')).map(
        (r) => r.values.referenced_security_group_id,
      ),
    ).toEqual([group('app-security-group')]);
    expect(
      rulesOf('aws_vpc_security_group_egress_rule', group('web-security-group')).map((r) => [
        r.values.from_port,
        r.values.referenced_security_group_id ?? r.values.cidr_ipv4,
      ]),
    ).toEqual([
      [443, '0.0.0.0/0'],
      [443, group('internal-alb')],
    ]);
  });

  it('exposes the app tier group, which the database admits', () => {
    const dbIngress = rulesOf('aws_vpc_security_group_ingress_rule', group('database'));
    expect(dbIngress.map((r) => [r.values.referenced_security_group_id, r.values.from_port])).toEqual([
      [group('app-security-group'), 5432],
    ]);
  });

  it('gives each tier its own Session Manager role', () => {
    const roles = stack.resources('aws_iam_role').filter((r) => r.name.startsWith('shop_'));
    expect(roles.map((r) => r.values.name_prefix).sort()).toEqual(['shop-app-', 'shop-web-']);
  });
});

describe('WebAppTiers props', () => {
  function synth(props: Partial<WebAppTiersProps> = {}): SynthesizedStack {
    return synthConstruct((s) => {
      const vpc = new Vpc(s, 'vpc', { azCount: 2, natMode: 'single' });
      new WebAppTiers(s, 'tiers', {
        vpc,
        certificateArn: CERTIFICATE,
        accessLogsBucket: { bucketName: 'logs-bucket' },
        ...props,
      });
    });
  }

  it('uses the internal certificate, given roles and CIDRs, and can run without protection or logs when told', () => {
    const internalCert =
      'arn:aws:acm:us-east-1:123456789012:certificate/11111111-2222-3333-4444-555555555555';
    const stack = synth({
      internalCertificateArn: internalCert,
      allowedCidrs: ['203.0.113.0/24'],
      accessLogsBucket: undefined,
      disableAccessLogs: true,
      deletionProtection: false,
      web: { instanceRole: { roleName: 'web-role' } },
      app: { instanceRole: { roleName: 'app-role' }, instanceType: 'c7g.large' },
    });
    expect(stack.resource('aws_lb_listener', 'internal-alb_https').values.certificate_arn).toBe(internalCert);
    expect(stack.resource('aws_lb_listener', 'public-alb_https').values.certificate_arn).toBe(CERTIFICATE);
    expect(stack.resource('aws_iam_instance_profile', 'web').values.role).toBe('web-role');
    expect(stack.resource('aws_iam_instance_profile', 'app').values.role).toBe('app-role');
    for (const lb of stack.resources('aws_lb')) {
      expect(lb.values.enable_deletion_protection).toBe(false);
      expect(lb.values).not.toHaveProperty('access_logs');
    }
    expect(stack.resource('aws_launch_template', 'app').values.instance_type).toBe('c7g.large');
    expect(
      stack
        .resources('aws_vpc_security_group_ingress_rule')
        .filter((r) => r.values.cidr_ipv4 !== undefined)
        .map((r) => r.values.cidr_ipv4),
    ).toEqual(['203.0.113.0/24', '203.0.113.0/24']);
  });

  it('logs each load balancer under its own prefix', () => {
    const stack = synth();
    expect(stack.resource('aws_lb', 'public-alb').values.access_logs).toMatchObject({
      prefix: 'tiers/public',
    });
    expect(stack.resource('aws_lb', 'internal-alb').values.access_logs).toMatchObject({
      prefix: 'tiers/internal',
    });
  });

  it('fails when access logs are neither given nor explicitly disabled', () => {
    expect(() => synth({ accessLogsBucket: undefined })).toThrow(
      'test/tiers: accessLogsBucket is required: give the S3 bucket for load balancer logs, or set disableAccessLogs: true',
    );
  });

  it('fails when the VPC has no private tier', () => {
    expect(() =>
      synthConstruct((s) => {
        const vpc = new Vpc(s, 'vpc', { azCount: 2, natMode: 'single', tiers: { public: {}, isolated: {} } });
        new WebAppTiers(s, 'tiers', { vpc, certificateArn: CERTIFICATE, disableAccessLogs: true });
      }),
    ).toThrow('test/tiers: WebAppTiers needs a VPC with public and private subnets; it has no private tier');
  });

  it('fails, naming the tier, when a tier option is invalid', () => {
    expect(() => synth({ web: { minCapacity: 4, maxCapacity: 2 } })).toThrow(
      'test/tiers/web: minCapacity (4) must not exceed maxCapacity (2)',
    );
    expect(() => synth({ app: { instanceType: 'huge' } })).toThrow(
      /test\/tiers\/app-launch-template: instanceType must be an EC2 instance type/,
    );
  });
});
