import { TerraformStack } from 'cdktf';
import { SecurityGroup, Vpc } from '@groundwork/network';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import {
  AlbRouteProps,
  ApplicationLoadBalancer,
  ApplicationLoadBalancerProps,
  LoadBalancerScheme,
} from './application-load-balancer';
import { ModernTlsPolicy } from './tls-policy';

const CERTIFICATE = 'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';

function vpcIn(stack: TerraformStack): Vpc {
  return new Vpc(stack, 'vpc', { cidrBlock: '10.8.0.0/16', azCount: 2, natMode: 'single' });
}

function synth(
  props: Partial<ApplicationLoadBalancerProps> = {},
  extra?: (alb: ApplicationLoadBalancer, stack: TerraformStack) => void,
): SynthesizedStack {
  return synthConstruct((stack) => {
    const alb = new ApplicationLoadBalancer(stack, 'alb', {
      vpc: vpcIn(stack),
      certificateArn: CERTIFICATE,
      accessLogs: { bucket: { bucketName: 'alb-logs-bucket' }, prefix: 'front' },
      ...props,
    });
    extra?.(alb, stack);
  });
}

function subnetRefs(stack: SynthesizedStack, tier: string): string[] {
  return stack
    .resources('aws_subnet')
    .filter((s) => s.name.includes(`${tier}-subnet`))
    .map((s) => SynthesizedStack.ref(s, 'id'));
}

function ingress(stack: SynthesizedStack): [unknown, unknown][] {
  return stack
    .resources('aws_vpc_security_group_ingress_rule')
    .map((r) => [r.values.from_port, r.values.cidr_ipv4 ?? r.values.referenced_security_group_id]);
}

describe('internet-facing ApplicationLoadBalancer', () => {
  const stack = synth({ scheme: 'internet-facing' });
  const lb = stack.resource('aws_lb').values;

  it('sits in the public subnets of every zone', () => {
    expect(lb.internal).toBe(false);
    expect(lb.subnets).toEqual(subnetRefs(stack, 'public'));
    expect(lb.subnets).toHaveLength(2);
  });

  it('drops invalid header fields, is deletion-protected and logs access to the bucket', () => {
    expect(lb).toMatchObject({
      load_balancer_type: 'application',
      drop_invalid_header_fields: true,
      enable_deletion_protection: true,
      access_logs: { enabled: true, bucket: 'alb-logs-bucket', prefix: 'front' },
    });
  });

  it('serves HTTPS with the certificate and a TLS 1.3/1.2 policy, forwarding to the default target group', () => {
    const https = stack.resource('aws_lb_listener', 'https').values;
    expect(https).toMatchObject({
      port: 443,
      protocol: 'HTTPS',
      certificate_arn: CERTIFICATE,
      ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
      default_action: [
        {
          type: 'forward',
          target_group_arn: SynthesizedStack.ref(stack.resource('aws_lb_target_group'), 'arn'),
        },
      ],
    });
  });

  it('redirects HTTP to HTTPS with a 301', () => {
    const http = stack.resource('aws_lb_listener', 'http-redirect').values;
    expect(http).toMatchObject({
      port: 80,
      protocol: 'HTTP',
      default_action: [
        { type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } },
      ],
    });
  });

  it('admits 443 and 80 from the internet and nothing else', () => {
    expect(ingress(stack)).toEqual([
      [443, '0.0.0.0/0'],
      [80, '0.0.0.0/0'],
    ]);
    expect(stack.resources('aws_vpc_security_group_egress_rule')).toEqual([]);
  });

  it('health-checks the default target group', () => {
    expect(stack.resource('aws_lb_target_group').values).toMatchObject({
      target_type: 'instance',
      port: 80,
      protocol: 'HTTP',
      deregistration_delay: '30',
      health_check: {
        enabled: true,
        path: '/',
        port: 'traffic-port',
        matcher: '200',
        interval: 15,
        timeout: 5,
        healthy_threshold: 3,
        unhealthy_threshold: 3,
      },
    });
  });
});

describe('internal ApplicationLoadBalancer', () => {
  it('is the default scheme, sits in the private subnets and admits only the VPC CIDR', () => {
    const stack = synth();
    expect(stack.resource('aws_lb').values.internal).toBe(true);
    expect(stack.resource('aws_lb').values.subnets).toEqual(subnetRefs(stack, 'private'));
    expect(ingress(stack)).toEqual([
      [443, '10.8.0.0/16'],
      [80, '10.8.0.0/16'],
    ]);
  });

  it('admits only the given groups when allowedSecurityGroups is set, by reference', () => {
    const stack = synthConstruct((s) => {
      const vpc = vpcIn(s);
      const callers = new SecurityGroup(s, 'callers', { vpc, description: 'Callers' });
      new ApplicationLoadBalancer(s, 'alb', {
        vpc,
        certificateArn: CERTIFICATE,
        disableAccessLogs: true,
        allowedSecurityGroups: [callers],
        redirectHttp: false,
      });
    });
    expect(ingress(stack)).toEqual([
      [443, SynthesizedStack.ref(stack.resource('aws_security_group', 'callers'), 'id')],
    ]);
    expect(stack.resources('aws_lb_listener')).toHaveLength(1);
    expect(stack.resource('aws_lb').values).not.toHaveProperty('access_logs');
  });
});

describe('ApplicationLoadBalancer options', () => {
  it('takes another modern TLS policy, custom CIDRs and turns protections off only when asked', () => {
    const stack = synth({
      sslPolicy: 'ELBSecurityPolicy-TLS13-1-3-2021-06',
      allowedCidrs: ['203.0.113.0/24'],
      deletionProtection: false,
      dropInvalidHeaderFields: false,
      name: 'front-door',
    });
    expect(stack.resource('aws_lb_listener', 'https').values.ssl_policy).toBe(
      'ELBSecurityPolicy-TLS13-1-3-2021-06',
    );
    expect(stack.resource('aws_lb').values).toMatchObject({
      name: 'front-door',
      enable_deletion_protection: false,
      drop_invalid_header_fields: false,
    });
    expect(ingress(stack)).toEqual([
      [443, '203.0.113.0/24'],
      [80, '203.0.113.0/24'],
    ]);
  });

  it('routes path patterns and host headers to added target groups with listener rules', () => {
    const stack = synth({}, (alb) => {
      alb.addTargetGroup('reports', {
        priority: 10,
        pathPatterns: ['/reports/*'],
        hostHeaders: ['api.example.com'],
      });
    });
    const groups = stack.resources('aws_lb_target_group');
    expect(groups).toHaveLength(2);
    const rule = stack.resource('aws_lb_listener_rule').values;
    expect(rule).toMatchObject({
      listener_arn: SynthesizedStack.ref(stack.resource('aws_lb_listener', 'https'), 'arn'),
      priority: 10,
      action: [
        {
          type: 'forward',
          target_group_arn: SynthesizedStack.ref(stack.resource('aws_lb_target_group', 'reports'), 'arn'),
        },
      ],
      condition: [
        { path_pattern: { values: ['/reports/*'] } },
        { host_header: { values: ['api.example.com'] } },
      ],
    });
  });
});

describe('ApplicationLoadBalancer validation', () => {
  const fails = (props: Partial<ApplicationLoadBalancerProps>) => () => synth(props);

  it('fails when the certificate is not an ACM ARN', () => {
    expect(fails({ certificateArn: 'arn:aws:iam::123456789012:server-certificate/x' })).toThrow(
      /test\/alb: certificateArn must be an ACM certificate ARN .* got "arn:aws:iam::123456789012:server-certificate\/x"/,
    );
  });

  it.each(['ELBSecurityPolicy-2016-08', 'ELBSecurityPolicy-TLS-1-1-2017-01'])(
    'fails when the TLS policy %s is not a TLS 1.2/1.3 policy',
    (sslPolicy) => {
      expect(fails({ sslPolicy: sslPolicy as ModernTlsPolicy })).toThrow(
        `test/alb: sslPolicy must be one of the TLS 1.2/1.3 policies (ELBSecurityPolicy-TLS13-1-2-2021-06, `,
      );
      expect(fails({ sslPolicy: sslPolicy as ModernTlsPolicy })).toThrow(`got "${sslPolicy}"`);
    },
  );

  it('fails when the scheme is not internal or internet-facing', () => {
    expect(fails({ scheme: 'public' as LoadBalancerScheme })).toThrow(
      "test/alb: scheme must be 'internal' or 'internet-facing', got 'public'",
    );
  });

  it('fails when access logs are neither given nor explicitly disabled', () => {
    expect(fails({ accessLogs: undefined })).toThrow(
      'accessLogs is required: give accessLogs.bucket, or set disableAccessLogs: true to run without them',
    );
  });

  it('fails when access logs are given and disabled at once', () => {
    expect(fails({ disableAccessLogs: true })).toThrow(
      'accessLogs and disableAccessLogs: true contradict each other',
    );
  });

  it('fails when the bucket name is not an S3 bucket name', () => {
    expect(fails({ accessLogs: { bucket: { bucketName: 'Logs_Bucket' } } })).toThrow(
      'accessLogs.bucket.bucketName must be an S3 bucket name (3-63 of a-z 0-9 . -), got "Logs_Bucket"',
    );
  });

  it('fails when the log prefix has a leading slash', () => {
    expect(fails({ accessLogs: { bucket: { bucketName: 'logs-bucket' }, prefix: '/alb' } })).toThrow(
      'accessLogs.prefix must not start or end with "/" nor contain "AWSLogs" (ELB adds it), got "/alb"',
    );
  });

  it('fails when an allowed CIDR is malformed', () => {
    expect(fails({ allowedCidrs: ['10.0.0.0/33'] })).toThrow(
      'allowedCidrs[0]: "10.0.0.0/33" is not an IPv4 CIDR block: the prefix length must be a whole number from 0 to 32',
    );
  });

  it('fails with its path when an allowed CIDR has host bits set', () => {
    expect(fails({ allowedCidrs: ['203.0.113.0/24', '10.0.1.0/16'] })).toThrow(
      'test/alb: allowedCidrs[1]: "10.0.1.0/16" has host bits set below the /16 prefix: did you mean 10.0.0.0/16?',
    );
  });

  it('fails when nothing may reach it', () => {
    expect(fails({ allowedCidrs: [] })).toThrow(/allowedCidrs and allowedSecurityGroups are both empty/);
  });

  it.each(['-front', 'internal-api', 'a'.repeat(33), 'front_door'])('fails when the name is "%s"', (name) => {
    expect(fails({ name })).toThrow(`got "${name}"`);
  });

  it('fails when the idle timeout is out of range', () => {
    expect(fails({ idleTimeoutSeconds: 0 })).toThrow(
      'idleTimeoutSeconds must be a whole number from 1 to 4000, got 0',
    );
  });

  it('fails when the placement tier is missing from the VPC', () => {
    expect(() =>
      synthConstruct((s) => {
        new ApplicationLoadBalancer(s, 'alb', {
          vpc: new Vpc(s, 'vpc', { azCount: 2, natMode: 'none', tiers: { isolated: {} } }),
          scheme: 'internet-facing',
          certificateArn: CERTIFICATE,
          disableAccessLogs: true,
        });
      }),
    ).toThrow(
      'test/alb: an internet-facing load balancer goes in the public subnets, but the VPC has no public tier',
    );
  });

  it('fails when a health check times out no sooner than its interval', () => {
    expect(fails({ defaultTarget: { healthCheck: { intervalSeconds: 10, timeoutSeconds: 10 } } })).toThrow(
      'test/alb/default-target: healthCheck.timeoutSeconds (10) must be less than healthCheck.intervalSeconds (10)',
    );
  });

  it('fails when the health check path or codes are malformed', () => {
    expect(fails({ defaultTarget: { healthCheck: { path: 'health' } } })).toThrow(
      'healthCheck.path must start with "/", got "health"',
    );
    expect(fails({ defaultTarget: { healthCheck: { healthyHttpCodes: '2xx' } } })).toThrow(
      'healthCheck.healthyHttpCodes must look like "200", "200,302" or "200-299", got "2xx"',
    );
  });

  it.each([
    ['healthCheck.intervalSeconds', { healthCheck: { intervalSeconds: 301 } }, 'from 5 to 300, got 301'],
    ['healthCheck.timeoutSeconds', { healthCheck: { timeoutSeconds: 1 } }, 'from 2 to 120, got 1'],
    ['healthCheck.healthyThreshold', { healthCheck: { healthyThreshold: 1 } }, 'from 2 to 10, got 1'],
    ['healthCheck.unhealthyThreshold', { healthCheck: { unhealthyThreshold: 11 } }, 'from 2 to 10, got 11'],
    ['healthCheck.port', { healthCheck: { port: 0 } }, 'from 1 to 65535, got 0'],
    ['deregistrationDelaySeconds', { deregistrationDelaySeconds: 3601 }, 'from 0 to 3600, got 3601'],
  ] as const)('fails when the target group %s is out of range', (field, defaultTarget, range) => {
    expect(fails({ defaultTarget })).toThrow(
      `test/alb/default-target: ${field} must be a whole number ${range}`,
    );
  });

  it('fails when the target port is out of range', () => {
    expect(fails({ defaultTarget: { port: 70000 } })).toThrow(
      'port must be a whole number from 1 to 65535, got 70000',
    );
  });

  const route = (props: Partial<AlbRouteProps>) => () =>
    synth({}, (alb) => {
      alb.addTargetGroup('a', { priority: 5, pathPatterns: ['/a/*'] });
      alb.addTargetGroup('b', { priority: 6, pathPatterns: ['/b/*'], ...props });
    });

  it('fails when two rules share a priority', () => {
    expect(route({ priority: 5 })).toThrow(
      'test/alb/b: priority 5 is already used by another rule of this load balancer',
    );
  });

  it('fails when a rule has no condition', () => {
    expect(route({ pathPatterns: [] })).toThrow('give pathPatterns or hostHeaders (or both), got neither');
  });

  it('fails when a priority is out of range', () => {
    expect(route({ priority: 0 })).toThrow('priority must be a whole number from 1 to 50000, got 0');
  });
});
