import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { AutoscalingGroup } from '@cdktf/provider-aws/lib/autoscaling-group';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { Vpc } from '@cdktf/provider-aws/lib/vpc';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Backend, TerraformStack } from 'cdktf';
import { synthApp, synthConstruct, testApp } from '../synth';
import { terraformCheck } from './check';
import { itPassesTerraform } from './jest';
import { terraformToolchain } from './toolchain';

// A stack whose mock apply needs schema-derived defaults: policy JSON from a data source, an ARN-validated
// role reference, and `lt-`/`sg-`/`subnet-` ids flowing between resources.
function shapedStack() {
  return synthConstruct((s) => {
    new AwsProvider(s, 'aws_east', { region: 'us-east-1', alias: 'east' });
    const vpc = new Vpc(s, 'vpc', { cidrBlock: '10.0.0.0/16' });
    const subnet = new Subnet(s, 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.0.0/24' });
    const sg = new SecurityGroup(s, 'sg', { vpcId: vpc.id, description: 'test' });
    const lt = new LaunchTemplate(s, 'lt', {
      imageId: 'ami-0123456789abcdef0',
      vpcSecurityGroupIds: [sg.id],
    });
    new AutoscalingGroup(s, 'asg', {
      minSize: 1,
      maxSize: 2,
      vpcZoneIdentifier: [subnet.id],
      launchTemplate: { id: lt.id, version: '$Latest' },
    });
    const trust = new DataAwsIamPolicyDocument(s, 'trust', {
      statement: [
        {
          actions: ['sts:AssumeRole'],
          principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }],
        },
      ],
    });
    const role = new IamRole(s, 'role', { assumeRolePolicy: trust.json });
    const doc = new DataAwsIamPolicyDocument(s, 'doc', {
      statement: [{ actions: ['s3:GetObject'], resources: ['*'] }],
    });
    new IamRolePolicy(s, 'inline', { role: role.name, policy: doc.json });
  });
}

describe('terraformCheck', () => {
  const tc = terraformToolchain();
  console.log(
    tc.available
      ? `terraform checks run: terraform ${tc.terraformVersion}, hashicorp/aws ${tc.awsProviderVersion} from ${tc.mirror}`
      : `terraform checks skipped: ${tc.reason}`,
  );

  itPassesTerraform('validates and mock-applies a stack whose values need well-formed mocks', () => [
    { name: 'shaped', config: shapedStack().json },
  ]);

  // cdktf wires stacks through terraform_remote_state, which the mock apply cannot read: the check overrides it
  // with mock outputs of the producing stack, so an sg- id reaches the consumer's vpc_id validator well-formed.
  itPassesTerraform('mock-applies stacks wired by cross-stack references', () => {
    const app = testApp();
    const stacks = ['net', 'app'].map((name) => {
      const stack = new TerraformStack(app, name);
      new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
      new S3Backend(stack, { bucket: 'state', key: `${name}.tfstate`, region: 'eu-west-1' });
      return stack;
    });
    const vpc = new Vpc(stacks[0], 'vpc', { cidrBlock: '10.0.0.0/16' });
    const sg = new SecurityGroup(stacks[0], 'sg', { vpcId: vpc.id, description: 'shared' });
    new LaunchTemplate(stacks[1], 'lt', { imageId: 'ami-0123456789abcdef0', vpcSecurityGroupIds: [sg.id] });
    new Subnet(stacks[1], 'subnet', { vpcId: vpc.id, cidrBlock: '10.0.9.0/24' });
    const { net, app: consumer } = synthApp(app);
    expect(Object.keys(consumer.json.data?.terraform_remote_state ?? {})).toEqual([
      'cross-stack-reference-input-net',
    ]);
    return [
      { name: 'net', config: net.json },
      { name: 'app', config: consumer.json },
    ];
  });

  (tc.available ? it : it.skip)(
    'reports terraform diagnostics for a broken stack',
    () => {
      const broken = synthConstruct((s) => {
        const vpc = new Vpc(s, 'vpc', { cidrBlock: '10.0.0.0/16' });
        // An invalid enum value: the types accept any string, terraform does not.
        vpc.addOverride('instance_tenancy', 'shared-ish');
        new Subnet(s, 'subnet', { vpcId: '${aws_vpc.missing.id}', cidrBlock: '10.0.0.0/24' });
      });
      let message = '';
      try {
        terraformCheck([{ name: 'broken', config: broken.json }]);
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^terraform validate failed:/);
      expect(message).toMatch(/Reference to undeclared resource at modules\/broken\/main.tf.json/);
      expect(message).toMatch(
        /expected instance_tenancy to be one of \["default" "dedicated"\], got shared-ish/,
      );
    },
    120_000,
  );

  it('rejects providers that are not mirrored', () => {
    if (!tc.available) return expect(terraformCheck([{ name: 'x', config: {} }]).ran).toBe(false);
    expect(() =>
      terraformCheck([{ name: 'other', config: { provider: { aws: [{}], random: [{}] } } }], {
        mockApply: false,
      }),
    ).toThrow('only the hashicorp/aws provider is mirrored offline, the stack also uses random');
  });
});
