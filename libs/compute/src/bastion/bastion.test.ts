import { TerraformStack } from 'cdktf';
import { Port, SecurityGroup, Vpc } from '@groundwork/network';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { Bastion, BastionProps } from './bastion';

function vpcIn(stack: TerraformStack): Vpc {
  return new Vpc(stack, 'vpc', { cidrBlock: '10.9.0.0/16', azCount: 2, natMode: 'single' });
}

function synth(
  props: Partial<BastionProps> = {},
  extra?: (b: Bastion, s: TerraformStack) => void,
): SynthesizedStack {
  return synthConstruct((stack) => {
    const bastion = new Bastion(stack, 'bastion', { vpc: vpcIn(stack), ...props });
    extra?.(bastion, stack);
  });
}

describe('Bastion defaults: Session Manager only', () => {
  const stack = synth();
  const instance = stack.resource('aws_instance').values;

  it('has no inbound rule, and egress only HTTPS', () => {
    expect(stack.resources('aws_vpc_security_group_ingress_rule')).toEqual([]);
    expect(stack.resources('aws_vpc_security_group_egress_rule').map((r) => r.values)).toEqual([
      expect.objectContaining({ ip_protocol: 'tcp', from_port: 443, to_port: 443, cidr_ipv4: '0.0.0.0/0' }),
    ]);
  });

  it('runs as a role with only AmazonSSMManagedInstanceCore, through an instance profile', () => {
    const role = stack.resource('aws_iam_role', 'bastion');
    const attachments = stack
      .resources('aws_iam_role_policy_attachment')
      .filter((a) => a.name.includes('bastion'));
    expect(attachments.map((a) => a.values)).toEqual([
      {
        role: SynthesizedStack.ref(role, 'name'),
        policy_arn: `arn:${SynthesizedStack.ref(stack.dataSources('aws_partition')[0], 'partition')}:iam::aws:policy/AmazonSSMManagedInstanceCore`,
      },
    ]);
    const trust = stack.byAddress(
      stack.dataSources('aws_iam_policy_document').find((d) => d.name.startsWith('bastion'))?.address ??
        'missing',
    );
    expect(role.values.assume_role_policy).toBe(SynthesizedStack.ref(trust, 'json'));
    expect(trust.values.statement).toEqual([
      {
        effect: 'Allow',
        actions: ['sts:AssumeRole'],
        principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
      },
    ]);
    const profile = stack.resource('aws_iam_instance_profile');
    expect(profile.values.role).toBe(SynthesizedStack.ref(role, 'name'));
    expect(instance.iam_instance_profile).toBe(SynthesizedStack.ref(profile, 'name'));
  });

  it('is a small instance in the first public subnet, with a public IP for the SSM agent and no key pair', () => {
    const firstPublic = stack.resources('aws_subnet').find((s) => s.name.includes('public-subnet-0'));
    expect(firstPublic?.values.tags).toMatchObject({ Tier: 'public' });
    expect(instance).toMatchObject({
      instance_type: 't3.micro',
      subnet_id: SynthesizedStack.ref(firstPublic!, 'id'),
      associate_public_ip_address: true,
    });
    expect(instance).not.toHaveProperty('key_name');
  });

  it('requires IMDSv2 and encrypts its gp3 root volume', () => {
    expect(instance.metadata_options).toEqual({
      http_endpoint: 'enabled',
      http_tokens: 'required',
      http_put_response_hop_limit: 1,
      instance_metadata_tags: 'disabled',
    });
    expect(instance.root_block_device).toMatchObject({
      volume_type: 'gp3',
      encrypted: true,
      volume_size: 10,
    });
  });

  it('boots the latest Amazon Linux 2023', () => {
    const parameter = stack.dataSources('aws_ssm_parameter')[0];
    expect(parameter.values.name).toBe(
      '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    );
    expect(instance.ami).toBe(SynthesizedStack.ref(parameter, 'insecure_value'));
  });
});

describe('Bastion options', () => {
  it('opens 22 to each listed CIDR only, with a key pair', () => {
    const stack = synth({ sshAllowedCidrs: ['198.51.100.0/24', '203.0.113.7/32'], keyName: 'ops' });
    expect(
      stack
        .resources('aws_vpc_security_group_ingress_rule')
        .map((r) => [r.values.from_port, r.values.cidr_ipv4]),
    ).toEqual([
      [22, '198.51.100.0/24'],
      [22, '203.0.113.7/32'],
    ]);
    expect(stack.resource('aws_instance').values.key_name).toBe('ops');
  });

  it('uses a given role and no role of its own', () => {
    const stack = synth({ instanceRole: { roleName: 'operators-bastion' } });
    expect(stack.resources('aws_iam_role').filter((r) => r.name.startsWith('bastion'))).toEqual([]);
    expect(stack.resource('aws_iam_instance_profile').values.role).toBe('operators-bastion');
  });

  it('boots arm64 for a Graviton type, and drops the public IP when asked', () => {
    const stack = synth({ instanceType: 't4g.nano', associatePublicIpAddress: false });
    expect(stack.dataSources('aws_ssm_parameter')[0].values.name).toMatch(/-arm64$/);
    expect(stack.resource('aws_instance').values.associate_public_ip_address).toBe(false);
  });

  it('opens a path to a target group by reference on both sides', () => {
    const stack = synth({}, (bastion, s) => {
      const db = new SecurityGroup(s, 'db', { vpcId: 'vpc-0123456789abcdef0', description: 'Database' });
      bastion.allowConnectionsTo(db, Port.tcp(5432), 'Port forwarding to PostgreSQL');
    });
    const bastionGroup = SynthesizedStack.ref(stack.resource('aws_security_group', 'bastion'), 'id');
    const dbGroup = SynthesizedStack.ref(stack.resource('aws_security_group', 'db'), 'id');
    expect(stack.resource('aws_vpc_security_group_ingress_rule').values).toMatchObject({
      security_group_id: dbGroup,
      referenced_security_group_id: bastionGroup,
      from_port: 5432,
    });
    expect(
      stack
        .resources('aws_vpc_security_group_egress_rule')
        .find((r) => r.values.referenced_security_group_id === dbGroup)?.values,
    ).toMatchObject({ security_group_id: bastionGroup, from_port: 5432 });
  });
});

describe('Bastion validation', () => {
  const fails = (props: Partial<BastionProps>) => () => synth(props);

  it.each(['0.0.0.0/0', '::/0', '10.0.0.0/0'])('fails when SSH is opened to %s', (cidr) => {
    expect(fails({ sshAllowedCidrs: ['198.51.100.0/24', cidr] })).toThrow(
      `test/bastion: sshAllowedCidrs must not contain "${cidr}": SSH open to the whole internet is refused`,
    );
  });

  it('fails when an SSH CIDR is malformed', () => {
    expect(fails({ sshAllowedCidrs: ['198.51.100.0'] })).toThrow(
      'test/bastion: sshAllowedCidrs[0]: "198.51.100.0" is not an IPv4 CIDR block: write it as a.b.c.d/n',
    );
  });

  it('fails with its path, not from Peer.ipv4, when an SSH CIDR has host bits set', () => {
    expect(fails({ sshAllowedCidrs: ['10.0.1.0/16'] })).toThrow(
      'test/bastion: sshAllowedCidrs[0]: "10.0.1.0/16" has host bits set below the /16 prefix: did you mean 10.0.0.0/16?',
    );
  });

  it('fails when a key pair is given without SSH', () => {
    expect(fails({ keyName: 'ops' })).toThrow(
      'keyName is only used for SSH: give sshAllowedCidrs too, or drop keyName',
    );
  });

  it('fails when the instance type is malformed', () => {
    expect(fails({ instanceType: 't3 micro' })).toThrow(
      /instanceType must be an EC2 instance type .* got "t3 micro"/,
    );
  });

  it.each([0, 16385, 8.5])('fails when the root volume is %s GiB', (rootVolumeSize) => {
    expect(fails({ rootVolumeSize })).toThrow(
      `test/bastion: rootVolumeSize must be a whole number from 1 to 16384, got ${rootVolumeSize}`,
    );
  });

  it('fails when user data is over 16 KB', () => {
    expect(fails({ userData: 'x'.repeat(16 * 1024 + 1) })).toThrow(
      'test/bastion: userData must be at most 16384 bytes before encoding, got 16385',
    );
  });

  it.each(['jump host', 'b'.repeat(38)])('fails when the name is "%s"', (name) => {
    expect(fails({ name })).toThrow(
      `test/bastion: name must be 1-37 of letters, digits and +=,.@_- (it prefixes the IAM role and instance profile names), got "${name}"`,
    );
    expect(fails({ name, instanceRole: { roleName: 'ops' } })).toThrow('test/bastion: name must be 1-37');
  });

  it('fails when the VPC has no public tier', () => {
    expect(() =>
      synthConstruct((s) => {
        const vpc = new Vpc(s, 'vpc', { azCount: 2, natMode: 'none', tiers: { isolated: {} } });
        new Bastion(s, 'bastion', { vpc });
      }),
    ).toThrow('test/bastion: the bastion goes in a public subnet, but the VPC has no public tier');
  });
});
