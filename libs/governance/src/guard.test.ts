import { Aspects, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SecurityGroup } from '@cdktf/provider-aws/lib/security-group';
import { Subnet } from '@cdktf/provider-aws/lib/subnet';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { testApp } from '@groundwork/testing';
import { Guard } from './guard';
import { suppress } from './suppress';
import { Tagging } from './tagging';

function riskyStack(options: { strict?: boolean } = {}) {
  const stack = new TerraformStack(testApp(), 'risky');
  new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
  // Guard first: it must still see suppressions and tags applied by later aspects and calls.
  Aspects.of(stack).add(new Guard(options));
  const sg = new SecurityGroup(stack, 'bastion', {
    vpcId: 'vpc-1',
    ingress: [{ protocol: 'tcp', fromPort: 22, toPort: 22, cidrBlocks: ['0.0.0.0/0'] }],
  });
  const db = new DbInstance(stack, 'db', {
    engine: 'postgres',
    instanceClass: 'db.t3.micro',
    allocatedStorage: 20,
    storageEncrypted: false,
    deletionProtection: true,
    backupRetentionPeriod: 7,
    multiAz: true,
  });
  const subnet = new Subnet(stack, 'public', {
    vpcId: 'vpc-1',
    cidrBlock: '10.0.0.0/24',
    mapPublicIpOnLaunch: true,
  });
  Aspects.of(stack).add(new Tagging({ project: 'p', environment: 'dev', owner: 'team' }));
  return { stack, sg, db, subnet };
}

const synth = (stack: TerraformStack) => () => Testing.synth(stack, true);

describe('Guard', () => {
  it('fails synthesis listing every unsuppressed error, with construct path, address and fix', () => {
    const { stack } = riskyStack();
    let message = '';
    try {
      synth(stack)();
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(
      /guard GW-NET-001 \(error\) at risky\/bastion \[aws_security_group\.bastion\]: ingress tcp 22-22 is open to 0\.0\.0\.0\/0\. Fix: Restrict/,
    );
    expect(message).toMatch(
      /guard GW-RDS-001 \(error\) at risky\/db \[aws_db_instance\.db\]: storage_encrypted is not true/,
    );
    expect(message).not.toMatch(/GW-NET-006/);
  });

  it('passes once the errors are suppressed, and annotates the warnings it let through', () => {
    const { stack, sg, db } = riskyStack();
    suppress(sg, 'GW-NET-001', 'Break-glass bastion, opened only during incidents');
    suppress(db, 'GW-RDS-001', 'Throwaway database seeded with public data only');
    expect(synth(stack)).not.toThrow();
    const warnings = stack.node.metadata.filter((m) => m.type === '@cdktf/warn').map((m) => String(m.data));
    expect(warnings).toContainEqual(
      expect.stringMatching(/guard GW-NET-006 at risky\/public \(aws_subnet\.public\)/),
    );
  });

  it('fails on warnings too when strict', () => {
    const { stack, sg, db } = riskyStack({ strict: true });
    suppress(sg, 'GW-NET-001', 'Break-glass bastion, opened only during incidents');
    suppress(db, 'GW-RDS-001', 'Throwaway database seeded with public data only');
    expect(synth(stack)).toThrow(/guard GW-NET-006 \(warning\) at risky\/public/);
  });

  it('never fails on what it cannot decide, even when strict, and annotates it as info', () => {
    const stack = new TerraformStack(testApp(), 'computed');
    new AwsProvider(stack, 'aws', { region: 'eu-west-1' });
    Aspects.of(stack).add(new Guard({ strict: true }));
    const encrypted = new TerraformVariable(stack, 'encrypted', { type: 'bool' });
    new DbInstance(stack, 'db', {
      engine: 'postgres',
      instanceClass: 'db.t3.micro',
      allocatedStorage: 20,
      storageEncrypted: encrypted.booleanValue,
      deletionProtection: true,
      backupRetentionPeriod: 7,
      multiAz: true,
    });
    expect(synth(stack)).not.toThrow();
    const info = stack.node.metadata.filter((m) => m.type === '@cdktf/info').map((m) => String(m.data));
    expect(info).toContainEqual(
      expect.stringMatching(
        /guard GW-RDS-001 at computed\/db \(aws_db_instance\.db\): storage_encrypted is computed/,
      ),
    );
  });
});
