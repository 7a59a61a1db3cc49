import { RuleFixtures, tf } from '../../testing/rule-fixtures';

const instance = (extra: Record<string, unknown>) => ({
  aws_instance: { web: { ami: 'ami-123', instance_type: 't3.micro', ...extra } },
});
const template = (extra: Record<string, unknown>) => ({
  aws_launch_template: { lt: { image_id: 'ami-1', ...extra } },
});

export const EC2_FIXTURES: Record<string, RuleFixtures> = {
  'GW-EC2-001': {
    passes: [
      { name: 'tokens required', json: tf(instance({ metadata_options: { http_tokens: 'required' } })) },
      {
        name: 'endpoint disabled',
        json: tf(instance({ metadata_options: [{ http_endpoint: 'disabled' }] })),
      },
      {
        name: 'an instance that takes its metadata options from a launch template',
        json: tf(instance({ launch_template: { id: '${aws_launch_template.lt.id}', version: '$Latest' } })),
      },
      {
        name: 'metadata_options given by a dynamic block with a computed for_each',
        json: tf(
          instance({
            dynamic: {
              metadata_options: { for_each: '${var.imds ? [1] : []}', content: { http_tokens: 'required' } },
            },
          }),
        ),
      },
      {
        name: 'tokens required through a literal local',
        json: tf(instance({ metadata_options: { http_tokens: '${local.tokens}' } }), undefined, {
          tokens: 'required',
        }),
      },
    ],
    fails: [
      { name: 'no metadata_options', json: tf(instance({})), at: 'aws_instance.web' },
      {
        name: 'empty metadata_options (tokens default to optional)',
        json: tf(instance({ metadata_options: {} })),
        at: 'aws_instance.web',
      },
      {
        name: 'the endpoint enabled without tokens required',
        json: tf(
          instance({ metadata_options: { http_endpoint: 'enabled', http_put_response_hop_limit: 1 } }),
        ),
        at: 'aws_instance.web',
      },
      {
        name: 'a launch-template instance that turns IMDSv1 back on',
        json: tf(
          instance({
            launch_template: { id: '${aws_launch_template.lt.id}' },
            metadata_options: { http_tokens: 'optional' },
          }),
        ),
        at: 'aws_instance.web',
      },
      {
        name: 'tokens optional in every instance of a count',
        json: tf(instance({ count: 2, metadata_options: { http_tokens: 'optional' } })),
        at: 'aws_instance.web[1]',
      },
    ],
    undecided: [
      {
        name: 'computed tokens',
        json: tf(instance({ metadata_options: { http_tokens: '${var.t}' } })),
        at: 'aws_instance.web',
      },
      {
        name: 'tokens from a dynamic block over a computed list',
        json: tf(
          instance({
            dynamic: {
              metadata_options: {
                for_each: '${var.options}',
                content: { http_tokens: '${metadata_options.value.tokens}' },
              },
            },
          }),
        ),
        at: 'aws_instance.web',
      },
    ],
  },
  'GW-EC2-002': {
    passes: [
      { name: 'tokens required', json: tf(template({ metadata_options: { http_tokens: 'required' } })) },
      {
        name: 'a launch configuration with tokens required',
        json: tf({
          aws_launch_configuration: {
            lc: {
              image_id: 'ami-1',
              metadata_options: { http_endpoint: 'enabled', http_tokens: 'required' },
            },
          },
        }),
      },
    ],
    fails: [
      { name: 'no metadata_options', json: tf(template({})), at: 'aws_launch_template.lt' },
      {
        name: 'only the endpoint enabled',
        json: tf(template({ metadata_options: { http_endpoint: 'enabled' } })),
        at: 'aws_launch_template.lt',
      },
      {
        name: 'a launch configuration with tokens optional',
        json: tf({
          aws_launch_configuration: {
            lc: { image_id: 'ami-1', metadata_options: { http_tokens: 'optional' } },
          },
        }),
        at: 'aws_launch_configuration.lc',
      },
    ],
    undecided: [
      {
        name: 'computed tokens',
        json: tf(template({ metadata_options: { http_tokens: '${var.tokens}' } })),
        at: 'aws_launch_template.lt',
      },
    ],
  },
  'GW-EC2-003': {
    passes: [
      { name: 'encrypted', json: tf({ aws_ebs_volume: { v: { size: 10, encrypted: true } } }) },
      {
        name: 'encryption by default',
        json: tf({
          aws_ebs_volume: { v: { size: 10 } },
          aws_ebs_encryption_by_default: { d: { enabled: true } },
        }),
      },
    ],
    fails: [
      { name: 'not encrypted', json: tf({ aws_ebs_volume: { v: { size: 10 } } }), at: 'aws_ebs_volume.v' },
      {
        name: 'encrypted false',
        json: tf({ aws_ebs_volume: { v: { size: 10, encrypted: false } } }),
        at: 'aws_ebs_volume.v',
      },
      {
        name: 'encrypted = False, as hcl2json writes a capitalized False',
        json: tf({ aws_ebs_volume: { v: { size: 10, encrypted: '${False}' } } }),
        at: 'aws_ebs_volume.v',
      },
    ],
    undecided: [
      {
        name: 'computed',
        json: tf({ aws_ebs_volume: { v: { size: 10, encrypted: '${var.enc}' } } }),
        at: 'aws_ebs_volume.v',
      },
      {
        name: 'encryption by default that is computed',
        json: tf({
          aws_ebs_volume: { v: { size: 10 } },
          aws_ebs_encryption_by_default: { d: { enabled: '${var.on}' } },
        }),
        at: 'aws_ebs_volume.v',
      },
    ],
  },
  'GW-EC2-004': {
    passes: [
      {
        name: 'encrypted root and data volumes',
        json: tf(
          instance({
            root_block_device: { encrypted: true },
            ebs_block_device: [{ device_name: '/dev/sdf', encrypted: true }],
          }),
        ),
      },
      {
        name: 'an instance whose volumes come from its launch template',
        json: tf(instance({ launch_template: { id: '${aws_launch_template.lt.id}' } })),
      },
      {
        name: 'a launch template with encrypted mappings (string "true")',
        json: tf(
          template({ block_device_mappings: [{ device_name: '/dev/xvda', ebs: { encrypted: 'true' } }] }),
        ),
      },
      {
        name: 'encryption by default',
        json: tf({ ...instance({}), aws_ebs_encryption_by_default: { d: {} } }),
      },
    ],
    fails: [
      { name: 'an undeclared root volume', json: tf(instance({})), at: 'aws_instance.web' },
      {
        name: 'a launch-template instance with an unencrypted data volume of its own',
        json: tf(
          instance({
            launch_template: { id: '${aws_launch_template.lt.id}' },
            ebs_block_device: [{ device_name: '/dev/sdf', encrypted: false }],
          }),
        ),
        at: 'aws_instance.web',
      },
      {
        name: 'an unencrypted data volume',
        json: tf(
          instance({
            root_block_device: { encrypted: true },
            ebs_block_device: [{ device_name: '/dev/sdf', encrypted: false }],
          }),
        ),
        at: 'aws_instance.web',
      },
      {
        name: 'a launch template mapping without encryption',
        json: tf(
          template({ block_device_mappings: [{ device_name: '/dev/xvda', ebs: { volume_size: 20 } }] }),
        ),
        at: 'aws_launch_template.lt',
      },
      {
        name: 'a launch configuration with an unencrypted root',
        json: tf({
          aws_launch_configuration: { lc: { image_id: 'ami-1', root_block_device: { volume_size: 8 } } },
        }),
        at: 'aws_launch_configuration.lc',
      },
    ],
    undecided: [
      {
        name: 'a computed encryption flag',
        json: tf(instance({ root_block_device: { encrypted: '${var.encrypt}' } })),
        at: 'aws_instance.web',
      },
      {
        name: 'a data volume restored from a snapshot',
        json: tf(
          instance({
            root_block_device: { encrypted: true },
            ebs_block_device: { device_name: '/dev/sdf', snapshot_id: 'snap-0123456789abcdef0' },
          }),
        ),
        at: 'aws_instance.web',
      },
    ],
  },
};
