import { GuardRule, TerraformJson } from '../model';
import { scanTerraform } from '../scan';
import { ALL_RULES } from './index';

type Blocks = Record<string, Record<string, Record<string, unknown>>>;
const tf = (resource: Blocks, data?: Blocks): TerraformJson => ({ resource, ...(data ? { data } : {}) });

interface Case {
  readonly name: string;
  readonly json: TerraformJson;
}
interface NonCompliantCase extends Case {
  /** The address the finding must be reported at. */
  readonly at: string;
}
interface RuleFixtures {
  readonly compliant: readonly Case[];
  readonly nonCompliant: readonly NonCompliantCase[];
}

const bucket = { aws_s3_bucket: { data: { bucket: 'acme-data' } } };
const pab = (settings: Record<string, unknown>) => ({
  aws_s3_bucket_public_access_block: {
    data: {
      bucket: '${aws_s3_bucket.data.id}',
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
      ...settings,
    },
  },
});
const pabFixtures = (setting: string): RuleFixtures => ({
  compliant: [
    { name: 'a block setting it', json: tf({ ...bucket, ...pab({}) }) },
    {
      name: 'a block matched by literal bucket name',
      json: tf({ ...bucket, ...pab({ bucket: 'acme-data' }) }),
    },
    { name: 'an unresolved setting', json: tf({ ...bucket, ...pab({ [setting]: '${var.flag}' }) }) },
    {
      name: 'an account-wide block',
      json: tf({ ...bucket, aws_s3_account_public_access_block: { acct: { [setting]: true } } }),
    },
  ],
  nonCompliant: [
    { name: 'a bucket without a block', json: tf(bucket), at: 'aws_s3_bucket.data' },
    {
      name: 'a block with the setting false',
      json: tf({ ...bucket, ...pab({ [setting]: false }) }),
      at: 'aws_s3_bucket_public_access_block.data',
    },
  ],
});

const ingressSg = (rule: Record<string, unknown>) => ({
  aws_security_group: { web: { vpc_id: '${aws_vpc.main.id}', ingress: [rule] } },
});
const sgRule = (rule: Record<string, unknown>) => ({
  aws_security_group_rule: {
    r: { type: 'ingress', security_group_id: '${aws_security_group.web.id}', ...rule },
  },
});
const vpcRule = (rule: Record<string, unknown>) => ({
  aws_vpc_security_group_ingress_rule: { r: { security_group_id: '${aws_security_group.web.id}', ...rule } },
});
const portFixtures = (port: number): RuleFixtures => ({
  compliant: [
    {
      name: 'the port from a private range',
      json: tf(ingressSg({ protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: ['10.0.0.0/16'] })),
    },
    {
      name: 'only 443 from the world',
      json: tf(ingressSg({ protocol: 'tcp', from_port: 443, to_port: 443, cidr_blocks: ['0.0.0.0/0'] })),
    },
    {
      name: 'a CIDR that is an unresolved reference',
      json: tf(
        sgRule({ protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: ['${var.admin_cidr}'] }),
      ),
    },
    {
      name: 'unresolved ports',
      json: tf(
        vpcRule({
          ip_protocol: 'tcp',
          from_port: '${var.port}',
          to_port: '${var.port}',
          cidr_ipv4: '0.0.0.0/0',
        }),
      ),
    },
    {
      name: 'an egress rule resource',
      json: tf(
        sgRule({
          type: 'egress',
          protocol: 'tcp',
          from_port: port,
          to_port: port,
          cidr_blocks: ['0.0.0.0/0'],
        }),
      ),
    },
  ],
  nonCompliant: [
    {
      name: 'inline ingress from 0.0.0.0/0',
      json: tf(ingressSg({ protocol: 'tcp', from_port: port, to_port: port, cidr_blocks: ['0.0.0.0/0'] })),
      at: 'aws_security_group.web',
    },
    {
      name: 'aws_security_group_rule from ::/0 over a range',
      json: tf(sgRule({ protocol: '6', from_port: port - 1, to_port: port + 1, ipv6_cidr_blocks: ['::/0'] })),
      at: 'aws_security_group_rule.r',
    },
    {
      name: 'aws_vpc_security_group_ingress_rule from 0.0.0.0/0',
      json: tf(vpcRule({ ip_protocol: 'tcp', from_port: port, to_port: port, cidr_ipv4: '0.0.0.0/0' })),
      at: 'aws_vpc_security_group_ingress_rule.r',
    },
  ],
});

const tlsPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::acme-data', 'arn:aws:s3:::acme-data/*'],
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ],
});
const adminDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: { Effect: 'Allow', Action: '*', Resource: '*' },
});
const readDoc = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: '*' }],
});
const instance = (extra: Record<string, unknown>) => ({
  aws_instance: { web: { ami: 'ami-123', instance_type: 't3.micro', ...extra } },
});
const db = (extra: Record<string, unknown>) => ({
  aws_db_instance: {
    db: {
      engine: 'postgres',
      instance_class: 'db.t3.micro',
      storage_encrypted: true,
      multi_az: true,
      deletion_protection: true,
      backup_retention_period: 7,
      ...extra,
    },
  },
});
const listener = (extra: Record<string, unknown>) => ({
  aws_lb_listener: { l: { load_balancer_arn: '${aws_lb.web.arn}', ...extra } },
});
const lb = (extra: Record<string, unknown>) => ({
  aws_lb: { web: { load_balancer_type: 'application', subnets: ['${aws_subnet.a.id}'], ...extra } },
});
const distribution = (extra: Record<string, unknown>) => ({
  aws_cloudfront_distribution: {
    cdn: {
      enabled: true,
      origin: [{ origin_id: 'site', domain_name: 'example.com' }],
      default_cache_behavior: { viewer_protocol_policy: 'redirect-to-https', target_origin_id: 'site' },
      viewer_certificate: {
        acm_certificate_arn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
        minimum_protocol_version: 'TLSv1.2_2021',
        ssl_support_method: 'sni-only',
      },
      ...extra,
    },
  },
});

const FIXTURES: Record<string, RuleFixtures> = {
  'GW-S3-001': pabFixtures('block_public_acls'),
  'GW-S3-002': pabFixtures('block_public_policy'),
  'GW-S3-003': pabFixtures('ignore_public_acls'),
  'GW-S3-004': pabFixtures('restrict_public_buckets'),
  'GW-S3-005': {
    compliant: [
      {
        name: 'a separate encryption configuration',
        json: tf({
          ...bucket,
          aws_s3_bucket_server_side_encryption_configuration: {
            e: {
              bucket: '${aws_s3_bucket.data.bucket}',
              rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms' } },
            },
          },
        }),
      },
      {
        name: 'an inline (provider v3) configuration',
        json: tf({ aws_s3_bucket: { data: { server_side_encryption_configuration: { rule: {} } } } }),
      },
    ],
    nonCompliant: [{ name: 'no encryption configuration', json: tf(bucket), at: 'aws_s3_bucket.data' }],
  },
  'GW-S3-006': {
    compliant: [
      {
        name: 'versioning Enabled',
        json: tf({
          ...bucket,
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.data.id}', versioning_configuration: { status: 'Enabled' } },
          },
        }),
      },
      {
        name: 'an unresolved status',
        json: tf({
          ...bucket,
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.data.id}', versioning_configuration: { status: '${var.status}' } },
          },
        }),
      },
    ],
    nonCompliant: [
      { name: 'no versioning', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'versioning Suspended',
        json: tf({
          ...bucket,
          aws_s3_bucket_versioning: {
            v: { bucket: '${aws_s3_bucket.data.id}', versioning_configuration: { status: 'Suspended' } },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-S3-007': {
    compliant: [
      {
        name: 'logging to a log bucket (which is itself exempt)',
        json: tf({
          aws_s3_bucket: { data: { bucket: 'acme-data' }, logs: { bucket: 'acme-logs' } },
          aws_s3_bucket_logging: {
            l: {
              bucket: '${aws_s3_bucket.data.id}',
              target_bucket: '${aws_s3_bucket.logs.id}',
              target_prefix: 'data/',
            },
          },
        }),
      },
    ],
    nonCompliant: [{ name: 'no logging', json: tf(bucket), at: 'aws_s3_bucket.data' }],
  },
  'GW-S3-008': {
    compliant: [
      {
        name: 'BucketOwnerEnforced',
        json: tf({
          ...bucket,
          aws_s3_bucket_ownership_controls: {
            o: { bucket: '${aws_s3_bucket.data.id}', rule: { object_ownership: 'BucketOwnerEnforced' } },
          },
        }),
      },
    ],
    nonCompliant: [
      { name: 'no ownership controls', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'ObjectWriter',
        json: tf({
          ...bucket,
          aws_s3_bucket_ownership_controls: {
            o: { bucket: '${aws_s3_bucket.data.id}', rule: [{ object_ownership: 'ObjectWriter' }] },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-S3-009': {
    compliant: [
      {
        name: 'a JSON policy denying insecure transport',
        json: tf({
          ...bucket,
          aws_s3_bucket_policy: { p: { bucket: '${aws_s3_bucket.data.id}', policy: tlsPolicy } },
        }),
      },
      {
        name: 'a policy document data source denying insecure transport',
        json: tf(
          {
            ...bucket,
            aws_s3_bucket_policy: {
              p: { bucket: '${aws_s3_bucket.data.id}', policy: '${data.aws_iam_policy_document.tls.json}' },
            },
          },
          {
            aws_iam_policy_document: {
              tls: {
                statement: [
                  {
                    effect: 'Deny',
                    actions: ['s3:*'],
                    resources: ['${aws_s3_bucket.data.arn}'],
                    principals: [{ type: '*', identifiers: ['*'] }],
                    condition: [{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }],
                  },
                ],
              },
            },
          },
        ),
      },
      {
        name: 'a deny written with BoolIfExists and the key in lower case (IAM ignores key case)',
        json: tf({
          ...bucket,
          aws_s3_bucket_policy: {
            p: {
              bucket: '${aws_s3_bucket.data.id}',
              policy: JSON.stringify({
                Statement: [
                  {
                    Effect: 'Deny',
                    Principal: '*',
                    Action: 's3:*',
                    Resource: ['${aws_s3_bucket.data.arn}', '${aws_s3_bucket.data.arn}/*'],
                    Condition: { BoolIfExists: { 'aws:securetransport': false } },
                  },
                ],
              }),
            },
          },
        }),
      },
      {
        name: 'a policy built by an expression it cannot read',
        json: tf({
          ...bucket,
          aws_s3_bucket_policy: {
            p: { bucket: '${aws_s3_bucket.data.id}', policy: '${jsonencode(local.p)}' },
          },
        }),
      },
    ],
    nonCompliant: [
      { name: 'no bucket policy', json: tf(bucket), at: 'aws_s3_bucket.data' },
      {
        name: 'policy JSON with interpolated ARNs and no deny',
        json: tf({
          ...bucket,
          aws_s3_bucket_policy: {
            p: {
              bucket: '${aws_s3_bucket.data.id}',
              policy: JSON.stringify({
                Statement: [
                  { Effect: 'Allow', Action: 's3:GetObject', Resource: '${aws_s3_bucket.data.arn}/*' },
                ],
              }),
            },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a deny only when aws:SecureTransport is true (the condition the wrong way round)',
        json: tf({
          ...bucket,
          aws_s3_bucket_policy: {
            p: {
              bucket: '${aws_s3_bucket.data.id}',
              policy: JSON.stringify({
                Statement: [
                  {
                    Effect: 'Deny',
                    Principal: '*',
                    Action: 's3:*',
                    Resource: '${aws_s3_bucket.data.arn}/*',
                    Condition: { Bool: { 'aws:SecureTransport': 'true' } },
                  },
                ],
              }),
            },
          },
        }),
        at: 'aws_s3_bucket.data',
      },
      {
        name: 'a policy without the deny',
        json: tf({
          ...bucket,
          aws_s3_bucket_policy: { p: { bucket: '${aws_s3_bucket.data.id}', policy: readDoc } },
        }),
        at: 'aws_s3_bucket.data',
      },
    ],
  },
  'GW-NET-001': portFixtures(22),
  'GW-NET-002': portFixtures(3389),
  'GW-NET-003': {
    compliant: [
      {
        name: 'all ports inside the VPC',
        json: tf(ingressSg({ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['10.0.0.0/8'] })),
      },
      {
        name: 'an unresolved protocol',
        json: tf(vpcRule({ ip_protocol: '${var.proto}', cidr_ipv4: '0.0.0.0/0' })),
      },
    ],
    nonCompliant: [
      {
        name: 'protocol -1 from 0.0.0.0/0 inline',
        json: tf(ingressSg({ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] })),
        at: 'aws_security_group.web',
      },
      {
        name: 'ip_protocol -1 from ::/0 on a VPC ingress rule',
        json: tf(vpcRule({ ip_protocol: '-1', cidr_ipv6: '::/0' })),
        at: 'aws_vpc_security_group_ingress_rule.r',
      },
      {
        name: 'tcp 0-65535 on a rule resource',
        json: tf(sgRule({ protocol: 'tcp', from_port: 0, to_port: 65535, cidr_blocks: ['0.0.0.0/0'] })),
        at: 'aws_security_group_rule.r',
      },
    ],
  },
  'GW-NET-004': {
    compliant: [
      { name: 'no rules', json: tf({ aws_default_security_group: { d: { vpc_id: '${aws_vpc.main.id}' } } }) },
    ],
    nonCompliant: [
      {
        name: 'an egress rule',
        json: tf({
          aws_default_security_group: {
            d: {
              vpc_id: '${aws_vpc.main.id}',
              egress: [{ protocol: '-1', from_port: 0, to_port: 0, cidr_blocks: ['0.0.0.0/0'] }],
            },
          },
        }),
        at: 'aws_default_security_group.d',
      },
    ],
  },
  'GW-NET-005': {
    compliant: [
      {
        name: 'a flow log on the VPC',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' } },
          aws_flow_log: { f: { vpc_id: '${aws_vpc.main.id}', traffic_type: 'ALL' } },
        }),
      },
    ],
    nonCompliant: [
      {
        name: 'a flow log on another VPC only',
        json: tf({
          aws_vpc: { main: { cidr_block: '10.0.0.0/16' }, main2: { cidr_block: '10.1.0.0/16' } },
          aws_flow_log: { f: { vpc_id: '${aws_vpc.main2.id}', traffic_type: 'ALL' } },
        }),
        at: 'aws_vpc.main',
      },
    ],
  },
  'GW-NET-006': {
    compliant: [
      { name: 'default', json: tf({ aws_subnet: { s: { cidr_block: '10.0.0.0/24' } } }) },
      { name: 'unresolved', json: tf({ aws_subnet: { s: { map_public_ip_on_launch: '${var.pub}' } } }) },
    ],
    nonCompliant: [
      {
        name: 'true',
        json: tf({ aws_subnet: { s: { map_public_ip_on_launch: true } } }),
        at: 'aws_subnet.s',
      },
    ],
  },
  'GW-EC2-001': {
    compliant: [
      { name: 'tokens required', json: tf(instance({ metadata_options: { http_tokens: 'required' } })) },
      {
        name: 'endpoint disabled',
        json: tf(instance({ metadata_options: [{ http_endpoint: 'disabled' }] })),
      },
      { name: 'unresolved tokens', json: tf(instance({ metadata_options: { http_tokens: '${var.t}' } })) },
      {
        name: 'an instance that takes its metadata options from a launch template',
        json: tf(instance({ launch_template: { id: '${aws_launch_template.lt.id}', version: '$Latest' } })),
      },
    ],
    nonCompliant: [
      { name: 'no metadata_options', json: tf(instance({})), at: 'aws_instance.web' },
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
        name: 'tokens optional',
        json: tf(instance({ metadata_options: { http_tokens: 'optional' } })),
        at: 'aws_instance.web',
      },
    ],
  },
  'GW-EC2-002': {
    compliant: [
      {
        name: 'tokens required',
        json: tf({ aws_launch_template: { lt: { metadata_options: { http_tokens: 'required' } } } }),
      },
    ],
    nonCompliant: [
      {
        name: 'no metadata_options',
        json: tf({ aws_launch_template: { lt: { image_id: 'ami-1' } } }),
        at: 'aws_launch_template.lt',
      },
    ],
  },
  'GW-EC2-003': {
    compliant: [
      { name: 'encrypted', json: tf({ aws_ebs_volume: { v: { size: 10, encrypted: true } } }) },
      {
        name: 'encryption by default',
        json: tf({
          aws_ebs_volume: { v: { size: 10 } },
          aws_ebs_encryption_by_default: { d: { enabled: true } },
        }),
      },
    ],
    nonCompliant: [
      { name: 'not encrypted', json: tf({ aws_ebs_volume: { v: { size: 10 } } }), at: 'aws_ebs_volume.v' },
    ],
  },
  'GW-EC2-004': {
    compliant: [
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
        json: tf({
          aws_launch_template: {
            lt: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: { encrypted: 'true' } }] },
          },
        }),
      },
    ],
    nonCompliant: [
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
        json: tf({
          aws_launch_template: {
            lt: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: { volume_size: 20 } }] },
          },
        }),
        at: 'aws_launch_template.lt',
      },
    ],
  },
  'GW-RDS-001': {
    compliant: [
      { name: 'encrypted', json: tf(db({})) },
      {
        name: 'a read replica',
        json: tf(
          db({ storage_encrypted: undefined, replicate_source_db: '${aws_db_instance.p.identifier}' }),
        ),
      },
    ],
    nonCompliant: [
      { name: 'not encrypted', json: tf(db({ storage_encrypted: false })), at: 'aws_db_instance.db' },
      {
        name: 'a cluster without encryption',
        json: tf({ aws_rds_cluster: { c: { engine: 'aurora-postgresql' } } }),
        at: 'aws_rds_cluster.c',
      },
    ],
  },
  'GW-RDS-002': {
    compliant: [{ name: 'private', json: tf(db({ publicly_accessible: false })) }],
    nonCompliant: [{ name: 'public', json: tf(db({ publicly_accessible: true })), at: 'aws_db_instance.db' }],
  },
  'GW-RDS-003': {
    compliant: [{ name: 'Multi-AZ', json: tf(db({})) }],
    nonCompliant: [{ name: 'single AZ', json: tf(db({ multi_az: undefined })), at: 'aws_db_instance.db' }],
  },
  'GW-RDS-004': {
    compliant: [
      { name: 'protected', json: tf(db({})) },
      { name: 'unresolved', json: tf(db({ deletion_protection: '${var.protect}' })) },
    ],
    nonCompliant: [{ name: 'off', json: tf(db({ deletion_protection: false })), at: 'aws_db_instance.db' }],
  },
  'GW-RDS-005': {
    compliant: [
      { name: '7 days', json: tf(db({})) },
      { name: '35 days as a string', json: tf(db({ backup_retention_period: '35' })) },
    ],
    nonCompliant: [
      { name: '1 day', json: tf(db({ backup_retention_period: 1 })), at: 'aws_db_instance.db' },
      { name: 'unset', json: tf(db({ backup_retention_period: undefined })), at: 'aws_db_instance.db' },
    ],
  },
  'GW-ALB-001': {
    compliant: [
      {
        name: 'HTTP redirecting to HTTPS',
        json: tf(
          listener({
            port: 80,
            protocol: 'HTTP',
            default_action: [
              { type: 'redirect', redirect: { protocol: 'HTTPS', port: '443', status_code: 'HTTP_301' } },
            ],
          }),
        ),
      },
      {
        name: 'an HTTPS listener',
        json: tf(
          listener({ port: 443, protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' }),
        ),
      },
    ],
    nonCompliant: [
      {
        name: 'HTTP forwarding',
        json: tf(
          listener({
            port: 80,
            protocol: 'HTTP',
            default_action: [{ type: 'forward', target_group_arn: '${aws_lb_target_group.t.arn}' }],
          }),
        ),
        at: 'aws_lb_listener.l',
      },
    ],
  },
  'GW-ALB-002': {
    compliant: [
      {
        name: 'TLS 1.3 policy',
        json: tf(listener({ protocol: 'HTTPS', ssl_policy: 'ELBSecurityPolicy-TLS13-1-2-2021-06' })),
      },
      { name: 'unresolved policy', json: tf(listener({ protocol: 'HTTPS', ssl_policy: '${var.policy}' })) },
    ],
    nonCompliant: [
      { name: 'no policy', json: tf(listener({ protocol: 'HTTPS' })), at: 'aws_lb_listener.l' },
      {
        name: 'the 2016 policy',
        json: tf(listener({ protocol: 'TLS', ssl_policy: 'ELBSecurityPolicy-2016-08' })),
        at: 'aws_lb_listener.l',
      },
    ],
  },
  'GW-ALB-003': {
    compliant: [
      { name: 'dropping', json: tf(lb({ drop_invalid_header_fields: true })) },
      { name: 'a network load balancer', json: tf(lb({ load_balancer_type: 'network' })) },
    ],
    nonCompliant: [{ name: 'not dropping', json: tf(lb({})), at: 'aws_lb.web' }],
  },
  'GW-ALB-004': {
    compliant: [
      {
        name: 'logging',
        json: tf(lb({ access_logs: { bucket: '${aws_s3_bucket.logs.id}', enabled: true } })),
      },
    ],
    nonCompliant: [
      { name: 'no access_logs', json: tf(lb({})), at: 'aws_lb.web' },
      {
        name: 'disabled',
        json: tf(lb({ access_logs: { bucket: 'logs', enabled: false } })),
        at: 'aws_lb.web',
      },
    ],
  },
  'GW-CF-001': {
    compliant: [{ name: 'redirect-to-https', json: tf(distribution({})) }],
    nonCompliant: [
      {
        name: 'an ordered behavior allowing all',
        json: tf(
          distribution({
            ordered_cache_behavior: [{ path_pattern: '/img/*', viewer_protocol_policy: 'allow-all' }],
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
  },
  'GW-CF-002': {
    compliant: [
      { name: 'TLSv1.2_2021', json: tf(distribution({})) },
      ...['TLSv1.2_2019', 'TLSv1.2_2025', 'TLSv1.3_2025'].map((version) => ({
        name: version,
        json: tf(
          distribution({
            viewer_certificate: { acm_certificate_arn: 'arn:x', minimum_protocol_version: version },
          }),
        ),
      })),
    ],
    nonCompliant: [
      {
        name: 'the default certificate',
        json: tf(distribution({ viewer_certificate: { cloudfront_default_certificate: true } })),
        at: 'aws_cloudfront_distribution.cdn',
      },
      {
        name: 'TLSv1',
        json: tf(
          distribution({
            viewer_certificate: { acm_certificate_arn: 'arn:x', minimum_protocol_version: 'TLSv1' },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
      ...['TLSv1.1_2016', 'TLSv1.2_2018'].map((version) => ({
        name: version,
        json: tf(
          distribution({
            viewer_certificate: { acm_certificate_arn: 'arn:x', minimum_protocol_version: version },
          }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      })),
    ],
  },
  'GW-CF-003': {
    compliant: [
      {
        name: 'an S3 origin with origin access control',
        json: tf(
          distribution({
            origin: [
              {
                origin_id: 's3',
                domain_name: '${aws_s3_bucket.site.bucket_regional_domain_name}',
                origin_access_control_id: '${aws_cloudfront_origin_access_control.oac.id}',
              },
            ],
          }),
        ),
      },
      { name: 'a custom origin', json: tf(distribution({})) },
    ],
    nonCompliant: [
      {
        name: 'an S3 origin without access control',
        json: tf(
          distribution({ origin: [{ origin_id: 's3', domain_name: 'site.s3.eu-west-1.amazonaws.com' }] }),
        ),
        at: 'aws_cloudfront_distribution.cdn',
      },
    ],
  },
  'GW-IAM-001': {
    compliant: [
      { name: 'a scoped policy', json: tf({ aws_iam_policy: { read: { policy: readDoc } } }) },
      {
        name: 'an admin policy on an admins group',
        json: tf({
          aws_iam_group: { admins: { name: 'platform-admins' } },
          aws_iam_group_policy: { full: { group: '${aws_iam_group.admins.name}', policy: adminDoc } },
        }),
      },
      {
        name: 'a managed admin policy attached only to an admins group',
        json: tf({
          aws_iam_group: { admins: { name: 'Administrators' } },
          aws_iam_policy: { full: { policy: adminDoc } },
          aws_iam_group_policy_attachment: {
            a: { group: '${aws_iam_group.admins.name}', policy_arn: '${aws_iam_policy.full.arn}' },
          },
        }),
      },
      {
        name: 'a policy from an unreadable expression',
        json: tf({ aws_iam_role_policy: { p: { role: 'r', policy: '${file("p.json")}' } } }),
      },
      {
        name: 'AWS AdministratorAccess attached to an admins group',
        json: tf({
          aws_iam_group_policy_attachment: {
            a: { group: 'Admins', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
          },
        }),
      },
      {
        name: 'another AWS managed policy attached to a role',
        json: tf({
          aws_iam_role_policy_attachment: {
            a: { role: 'app', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
          },
        }),
      },
    ],
    nonCompliant: [
      {
        name: 'AWS AdministratorAccess attached to a role',
        json: tf({
          aws_iam_role_policy_attachment: {
            a: { role: 'ci', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess' },
          },
        }),
        at: 'aws_iam_role_policy_attachment.a',
      },
      {
        name: 'an inline role policy with "*" on "*"',
        json: tf({ aws_iam_role_policy: { p: { role: 'app', policy: adminDoc } } }),
        at: 'aws_iam_role_policy.p',
      },
      {
        name: 'a managed admin policy (from a policy document) attached to a role',
        json: tf(
          {
            aws_iam_policy: { full: { policy: '${data.aws_iam_policy_document.full.json}' } },
            aws_iam_role_policy_attachment: { a: { role: 'app', policy_arn: '${aws_iam_policy.full.arn}' } },
          },
          { aws_iam_policy_document: { full: { statement: [{ actions: ['*'], resources: ['*'] }] } } },
        ),
        at: 'aws_iam_policy.full',
      },
      {
        name: 'an admin policy on a developers group',
        json: tf({
          aws_iam_group: { devs: { name: 'developers' } },
          aws_iam_group_policy: { full: { group: '${aws_iam_group.devs.name}', policy: adminDoc } },
        }),
        at: 'aws_iam_group_policy.full',
      },
    ],
  },
  'GW-IAM-002': {
    compliant: [
      {
        name: 'a group attachment',
        json: tf({
          aws_iam_group_policy_attachment: {
            a: { group: 'devs', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' },
          },
        }),
      },
      {
        name: 'a shared attachment to groups only',
        json: tf({ aws_iam_policy_attachment: { a: { name: 'a', groups: ['devs'], policy_arn: 'arn:x' } } }),
      },
    ],
    nonCompliant: [
      {
        name: 'a user policy attachment',
        json: tf({ aws_iam_user_policy_attachment: { a: { user: 'alice', policy_arn: 'arn:x' } } }),
        at: 'aws_iam_user_policy_attachment.a',
      },
      {
        name: 'a shared attachment naming users',
        json: tf({
          aws_iam_policy_attachment: {
            a: { name: 'a', users: ['${aws_iam_user.alice.name}'], policy_arn: 'arn:x' },
          },
        }),
        at: 'aws_iam_policy_attachment.a',
      },
    ],
  },
  'GW-SM-001': {
    compliant: [
      {
        name: 'a rotation',
        json: tf({
          aws_secretsmanager_secret: { s: { name: 'db' } },
          aws_secretsmanager_secret_rotation: {
            r: {
              secret_id: '${aws_secretsmanager_secret.s.id}',
              rotation_rules: { automatically_after_days: 30 },
            },
          },
        }),
      },
    ],
    nonCompliant: [
      {
        name: 'no rotation',
        json: tf({ aws_secretsmanager_secret: { s: { name: 'db' } } }),
        at: 'aws_secretsmanager_secret.s',
      },
    ],
  },
  'GW-LMB-001': {
    compliant: [
      {
        name: 'a dead-letter queue',
        json: tf({
          aws_lambda_function: { f: { dead_letter_config: { target_arn: '${aws_sqs_queue.dlq.arn}' } } },
        }),
      },
      {
        name: 'an on-failure destination',
        json: tf({
          aws_lambda_function: { f: { function_name: 'f' } },
          aws_lambda_function_event_invoke_config: {
            c: {
              function_name: '${aws_lambda_function.f.function_name}',
              destination_config: { on_failure: { destination: '${aws_sqs_queue.dlq.arn}' } },
            },
          },
        }),
      },
    ],
    nonCompliant: [
      {
        name: 'neither',
        json: tf({ aws_lambda_function: { f: { function_name: 'f' } } }),
        at: 'aws_lambda_function.f',
      },
    ],
  },
  'GW-SNS-001': {
    compliant: [
      { name: 'a KMS key', json: tf({ aws_sns_topic: { t: { kms_master_key_id: 'alias/aws/sns' } } }) },
      {
        name: 'a referenced key',
        json: tf({ aws_sns_topic: { t: { kms_master_key_id: '${aws_kms_key.k.arn}' } } }),
      },
    ],
    nonCompliant: [
      { name: 'no key', json: tf({ aws_sns_topic: { t: { name: 'alerts' } } }), at: 'aws_sns_topic.t' },
    ],
  },
  'GW-SQS-001': {
    compliant: [
      { name: 'the SSE-SQS default', json: tf({ aws_sqs_queue: { q: { name: 'q' } } }) },
      {
        name: 'a KMS key with SSE-SQS off',
        json: tf({
          aws_sqs_queue: { q: { sqs_managed_sse_enabled: false, kms_master_key_id: 'alias/aws/sqs' } },
        }),
      },
    ],
    nonCompliant: [
      {
        name: 'SSE-SQS turned off',
        json: tf({ aws_sqs_queue: { q: { sqs_managed_sse_enabled: false } } }),
        at: 'aws_sqs_queue.q',
      },
    ],
  },
};

const findingsOf = (rule: GuardRule, json: TerraformJson) => scanTerraform(json, { rules: [rule] });

describe('the rule pack', () => {
  it('has at least 30 rules with unique ids, both severities and full documentation', () => {
    expect(ALL_RULES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ALL_RULES.map((r) => r.id)).size).toBe(ALL_RULES.length);
    expect(new Set(ALL_RULES.map((r) => r.severity))).toEqual(new Set(['error', 'warning']));
    for (const rule of ALL_RULES) {
      expect(rule.id).toMatch(/^GW-[A-Z0-9]+-\d{3}$/);
      expect(rule.title.length).toBeGreaterThan(10);
      expect(rule.why.length).toBeGreaterThan(30);
      expect(rule.fix.length).toBeGreaterThan(15);
      expect(rule.resourceTypes.length).toBeGreaterThan(0);
    }
  });

  it('has fixtures for every rule and no fixtures for unknown rules', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });
});

describe.each(ALL_RULES.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
  const fixtures = FIXTURES[rule.id];
  it.each((fixtures?.compliant ?? []).map((c) => [c.name, c] as const))('passes %s', (_name, c) => {
    expect(findingsOf(rule, c.json)).toEqual([]);
  });
  it.each((fixtures?.nonCompliant ?? []).map((c) => [c.name, c] as const))('reports %s', (_name, c) => {
    const findings = findingsOf(rule, c.json);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.map((f) => f.address)).toContain(c.at);
    for (const f of findings) {
      expect(f).toMatchObject({ ruleId: rule.id, severity: rule.severity, fix: rule.fix });
      expect(f.message.length).toBeGreaterThan(5);
    }
  });
});
