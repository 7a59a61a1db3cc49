// A tiny published cdktf.out and its state, shaped like what cdktf synth and terraform write, for tests that run
// the real drift engine: one security group (the captured sg-e2fb6999, as declared; its description is the
// caller's) and one bucket.
import type { LoadedFile } from '../engine-port';

export const SAMPLE_STACK = 'network-dev';

export function sampleStack(description: string): Record<string, unknown> {
  return {
    '//': { metadata: { stackName: SAMPLE_STACK, version: '0.21.0' } },
    terraform: {
      backend: {
        s3: { bucket: 'acme-tfstate', key: `groundwork/${SAMPLE_STACK}.tfstate`, region: 'eu-west-1' },
      },
    },
    provider: { aws: [{ region: 'eu-west-1' }] },
    resource: {
      aws_security_group: {
        ssh: {
          '//': { metadata: { path: `${SAMPLE_STACK}/bastion/ssh`, uniqueId: 'ssh' } },
          name: 'sg_open_ssh',
          description,
          vpc_id: 'vpc-f16e4296',
          ingress: [{ protocol: 'tcp', from_port: 22, to_port: 22, cidr_blocks: ['0.0.0.0/0'] }],
          egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
        },
      },
      aws_s3_bucket: {
        logs: {
          '//': { metadata: { path: `${SAMPLE_STACK}/logs/bucket`, uniqueId: 'logs' } },
          bucket: 'acme-logs',
        },
      },
    },
  };
}

export const SAMPLE_MANIFEST = {
  version: '0.21.0',
  stacks: {
    [SAMPLE_STACK]: {
      name: SAMPLE_STACK,
      synthesizedStackPath: `stacks/${SAMPLE_STACK}/cdk.tf.json`,
      dependencies: [],
    },
  },
};

export const SAMPLE_STATE = {
  version: 4,
  terraform_version: '1.11.4',
  serial: 3,
  lineage: '5c1d8f0e-0000-4000-8000-000000000000',
  outputs: {},
  resources: [
    {
      mode: 'managed',
      type: 'aws_security_group',
      name: 'ssh',
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [
        { schema_version: 1, attributes: { id: 'sg-e2fb6999', name: 'sg_open_ssh', vpc_id: 'vpc-f16e4296' } },
      ],
    },
    {
      mode: 'managed',
      type: 'aws_s3_bucket',
      name: 'logs',
      provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: 0, attributes: { id: 'acme-logs', bucket: 'acme-logs' } }],
    },
  ],
};

export function sampleFiles(description = 'bastion ssh'): { iac: LoadedFile[]; states: LoadedFile[] } {
  return {
    iac: [
      { path: 'manifest.json', content: JSON.stringify(SAMPLE_MANIFEST) },
      { path: `stacks/${SAMPLE_STACK}/cdk.tf.json`, content: JSON.stringify(sampleStack(description)) },
    ],
    states: [{ path: `${SAMPLE_STACK}.tfstate`, content: JSON.stringify(SAMPLE_STATE) }],
  };
}
