import { TerraformStack, TerraformVariable } from 'cdktf';
import { SecurityGroup } from '@groundwork/network';
import { SynthesizedStack, synthConstruct } from '@groundwork/testing';
import { LaunchTemplate, LaunchTemplateProps } from './launch-template';
import { CpuArchitecture } from './instance-type';
import { UserData } from './user-data';

function group(stack: TerraformStack, id = 'instances'): SecurityGroup {
  return new SecurityGroup(stack, id, { vpcId: 'vpc-0123456789abcdef0', description: 'Instances' });
}

function synth(props: Partial<LaunchTemplateProps> = {}): SynthesizedStack {
  return synthConstruct((stack) => {
    new LaunchTemplate(stack, 'web', {
      instanceType: 't3.small',
      securityGroups: [group(stack)],
      instanceRole: { roleName: 'web-instances' },
      ...props,
    });
  });
}

describe('LaunchTemplate defaults', () => {
  const stack = synth();
  const template = stack.resource('aws_launch_template').values;

  it('requires IMDSv2 with a hop limit of 1 and no instance tags in metadata', () => {
    expect(template.metadata_options).toEqual({
      http_endpoint: 'enabled',
      http_tokens: 'required',
      http_put_response_hop_limit: 1,
      instance_metadata_tags: 'disabled',
    });
  });

  it('gives the root volume gp3 and encryption', () => {
    expect(template.block_device_mappings).toEqual([
      {
        device_name: '/dev/xvda',
        ebs: { volume_type: 'gp3', volume_size: 20, encrypted: 'true', delete_on_termination: 'true' },
      },
    ]);
  });

  it('pins no public IP on the interface that carries the security groups', () => {
    const group = stack.resource('aws_security_group');
    expect(template.network_interfaces).toEqual([
      {
        device_index: 0,
        associate_public_ip_address: 'false',
        delete_on_termination: 'true',
        security_groups: [SynthesizedStack.ref(group, 'id')],
      },
    ]);
    expect(template).not.toHaveProperty('vpc_security_group_ids');
  });

  it('makes an instance profile for the given role and uses it', () => {
    const profile = stack.resource('aws_iam_instance_profile');
    expect(profile.values.role).toBe('web-instances');
    expect(template.iam_instance_profile).toEqual({ arn: SynthesizedStack.ref(profile, 'arn') });
  });

  it('resolves the latest Amazon Linux 2023 for x86_64 through the public SSM parameter', () => {
    const parameter = stack.dataSources('aws_ssm_parameter')[0];
    expect(parameter.values.name).toBe(
      '/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64',
    );
    expect(template.image_id).toBe(SynthesizedStack.ref(parameter, 'insecure_value'));
  });

  it('makes every change the default version, with detailed monitoring and Name tags on instances and volumes', () => {
    expect(template.update_default_version).toBe(true);
    expect(template.monitoring).toEqual({ enabled: true });
    expect(template.tag_specifications).toEqual([
      { resource_type: 'instance', tags: { Name: 'web' } },
      { resource_type: 'volume', tags: { Name: 'web' } },
    ]);
    expect(template).not.toHaveProperty('user_data');
    expect(template).not.toHaveProperty('key_name');
  });
});

describe('LaunchTemplate options', () => {
  it('raises the hop limit for containers', () => {
    const template = synth({ metadataHopLimit: 2 }).resource('aws_launch_template').values;
    expect(template.metadata_options).toMatchObject({
      http_tokens: 'required',
      http_put_response_hop_limit: 2,
    });
  });

  it('picks the arm64 image for a Graviton type, and honours an explicit architecture', () => {
    expect(synth({ instanceType: 'm7g.large' }).dataSources('aws_ssm_parameter')[0].values.name).toMatch(
      /-arm64$/,
    );
    expect(
      synth({ instanceType: 'm7g.large', architecture: 'x86_64' }).dataSources('aws_ssm_parameter')[0].values
        .name,
    ).toMatch(/-x86_64$/);
  });

  it('uses a given AMI without reading the SSM parameter', () => {
    const stack = synth({ imageId: 'ami-0123456789abcdef0' });
    expect(stack.resource('aws_launch_template').values.image_id).toBe('ami-0123456789abcdef0');
    expect(stack.dataSources('aws_ssm_parameter')).toEqual([]);
  });

  it('base64-encodes user data', () => {
    const script = UserData.forLinux().addCommands('echo ready');
    const encoded = synth({ userData: script }).resource('aws_launch_template').values.user_data as string;
    expect(Buffer.from(encoded, 'base64').toString('utf8')).toBe(script.render());
  });

  it('leaves user data that holds a token to terraform base64encode', () => {
    const stack = synthConstruct((s) => {
      const greeting = new TerraformVariable(s, 'greeting', { type: 'string' });
      new LaunchTemplate(s, 'web', {
        instanceType: 't3.small',
        securityGroups: [group(s)],
        instanceRole: { roleName: 'web-instances' },
        userData: `echo ${greeting.stringValue}`,
      });
    });
    expect(stack.resource('aws_launch_template').values.user_data).toBe(
      '${base64encode("echo ${var.greeting}")}',
    );
  });

  it('encrypts with a given KMS key and sizes the root volume', () => {
    const key = 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab';
    const template = synth({ rootVolumeKmsKeyArn: key, rootVolumeSize: 50 }).resource(
      'aws_launch_template',
    ).values;
    expect(template.block_device_mappings).toEqual([
      expect.objectContaining({
        ebs: expect.objectContaining({ kms_key_id: key, volume_size: 50, encrypted: 'true' }),
      }),
    ]);
  });

  it('takes another root device name, turns detailed monitoring off and names the template', () => {
    const template = synth({
      rootDeviceName: '/dev/sda1',
      detailedMonitoring: false,
      name: 'api_v2',
    }).resource('aws_launch_template').values;
    expect(template.block_device_mappings).toEqual([expect.objectContaining({ device_name: '/dev/sda1' })]);
    expect(template.monitoring).toEqual({ enabled: false });
    expect(template).toMatchObject({ name_prefix: 'api_v2-', tags: { Name: 'api_v2' } });
  });
});

describe('LaunchTemplate validation', () => {
  const fails = (props: Partial<LaunchTemplateProps>) => () => synth(props);

  it('fails when the instance type is not family.size', () => {
    expect(fails({ instanceType: 'large' })).toThrow(
      /test\/web: instanceType must be an EC2 instance type .* got "large"/,
    );
  });

  it('fails when no security group is given', () => {
    expect(fails({ securityGroups: [] })).toThrow(
      'securityGroups must hold at least one security group, got none',
    );
  });

  it('fails when the role is given as an ARN', () => {
    expect(fails({ instanceRole: { roleName: 'arn:aws:iam::123456789012:role/web' } })).toThrow(
      /instanceRole.roleName must be an IAM role name .*not an ARN, got "arn:aws:iam::123456789012:role\/web"/,
    );
  });

  it.each([0, 65, 1.5])('fails when the hop limit is %s', (hops) => {
    expect(fails({ metadataHopLimit: hops })).toThrow(
      `metadataHopLimit must be a whole number from 1 to 64, got ${hops}`,
    );
  });

  it('fails when the architecture is neither x86_64 nor arm64', () => {
    expect(fails({ architecture: 'aarch64' as CpuArchitecture })).toThrow(
      "test/web: architecture must be 'x86_64' or 'arm64', got 'aarch64'",
    );
  });

  it('fails when the root volume is outside 1-16384 GiB', () => {
    expect(fails({ rootVolumeSize: 0 })).toThrow(
      'rootVolumeSize must be a whole number from 1 to 16384, got 0',
    );
  });

  it('fails when user data is over 16 KB', () => {
    expect(fails({ userData: 'x'.repeat(16 * 1024 + 1) })).toThrow(
      'userData must be at most 16384 bytes before encoding, got 16385',
    );
  });

  it('fails when the name has characters templates and profiles reject', () => {
    expect(fails({ name: 'web tier' })).toThrow(
      'name must be 1-32 letters, digits, hyphens and underscores, got "web tier"',
    );
  });
});
