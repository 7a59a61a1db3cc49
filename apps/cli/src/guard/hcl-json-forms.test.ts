import { parse } from '@cdktf/hcl2json';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { captureIo } from '../capture-io';
import { runCli } from '../cli';

// Terraform written in HCL and turned into JSON by @cdktf/hcl2json, as a user of another scanner would: every block
// comes out in the array form. Each case is a defect the JSON reader once had.

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'groundwork-guard-hcl-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Finding {
  readonly ruleId: string;
  readonly severity: string;
  readonly address: string;
}

/** Converts the HCL with hcl2json, scans the JSON file with the CLI, returns the findings (as "address rule level"). */
async function scanHcl(name: string, hcl: string): Promise<string[]> {
  const json = await parse(`${name}.tf`, hcl);
  writeFileSync(join(dir, `${name}.tf.json`), JSON.stringify(json, null, 2));
  const t = captureIo({ cwd: dir });
  await runCli(['guard', 'scan', `${name}.tf.json`, '--format', 'json'], t.io);
  expect(t.stderr()).toBe('');
  return (JSON.parse(t.stdout()).findings as Finding[]).map((f) => `${f.address} ${f.ruleId} ${f.severity}`);
}

describe('guard scan over HCL converted by hcl2json (the array form)', () => {
  it('reads block bodies written as arrays: an open SSH port and an instance without IMDSv2', async () => {
    const found = await scanHcl(
      'arrays',
      `
      resource "aws_security_group" "web" {
        ingress {
          from_port   = 22
          to_port     = 22
          protocol    = "tcp"
          cidr_blocks = ["0.0.0.0/0"]
        }
      }
      resource "aws_instance" "web" {
        ami = "ami-1"
        metadata_options {
          http_tokens = "optional"
        }
        root_block_device {
          encrypted = true
        }
      }`,
    );
    expect(found).toEqual(['aws_instance.web GW-EC2-001 error', 'aws_security_group.web GW-NET-001 error']);
  });

  it('catches port 22 opened by a dynamic ingress over a literal list', async () => {
    const found = await scanHcl(
      'dynamic-ingress',
      `
      resource "aws_security_group" "web" {
        dynamic "ingress" {
          for_each = [443, 22]
          content {
            from_port   = ingress.value
            to_port     = ingress.value
            protocol    = "tcp"
            cidr_blocks = ["0.0.0.0/0"]
          }
        }
      }`,
    );
    expect(found).toEqual(['aws_security_group.web GW-NET-001 error']);
  });

  it('reports no missing metadata_options or encryption given by dynamic blocks', async () => {
    const found = await scanHcl(
      'dynamic-settings',
      `
      resource "aws_instance" "web" {
        ami = "ami-1"
        dynamic "metadata_options" {
          for_each = var.imds ? [1] : []
          content {
            http_tokens = "required"
          }
        }
        root_block_device {
          encrypted = true
        }
      }
      resource "aws_s3_bucket" "data" {
        bucket = "acme-data"
        dynamic "server_side_encryption_configuration" {
          for_each = var.encrypt ? [1] : []
          content {
            rule {
              apply_server_side_encryption_by_default {
                sse_algorithm = "aws:kms"
              }
            }
          }
        }
      }`,
    );
    expect(found.filter((f) => /GW-EC2-001|GW-S3-005/.test(f))).toEqual([]);
  });

  it('matches a public access block that names its bucket through the same variable', async () => {
    const found = await scanHcl(
      'same-variable',
      `
      resource "aws_s3_bucket" "data" {
        bucket = var.name
      }
      resource "aws_s3_bucket_public_access_block" "data" {
        bucket                  = var.name
        block_public_acls       = true
        block_public_policy     = true
        ignore_public_acls      = true
        restrict_public_buckets = true
      }`,
    );
    expect(found.filter((f) => /GW-S3-00[1-4]/.test(f))).toEqual([]);
  });

  it('sees rules added to the default security group by rule resources', async () => {
    const found = await scanHcl(
      'default-group',
      `
      resource "aws_default_security_group" "default" {
        vpc_id = aws_vpc.main.id
      }
      resource "aws_vpc_security_group_ingress_rule" "in" {
        security_group_id = aws_default_security_group.default.id
        cidr_ipv4         = "10.0.0.0/8"
        ip_protocol       = "tcp"
        from_port         = 80
        to_port           = 8080
      }`,
    );
    expect(found).toContain('aws_default_security_group.default GW-NET-004 error');
  });

  it('requires the TLS deny to cover every principal and action', async () => {
    const policy = (action: string, principal: string) => `
      resource "aws_s3_bucket" "data" {
        bucket = "acme-data"
      }
      resource "aws_s3_bucket_policy" "data" {
        bucket = aws_s3_bucket.data.id
        policy = data.aws_iam_policy_document.tls.json
      }
      data "aws_iam_policy_document" "tls" {
        statement {
          effect    = "Deny"
          actions   = ["${action}"]
          resources = [aws_s3_bucket.data.arn, "\${aws_s3_bucket.data.arn}/*"]
          principals {
            type        = "${principal === '*' ? '*' : 'AWS'}"
            identifiers = ["${principal}"]
          }
          condition {
            test     = "Bool"
            variable = "aws:SecureTransport"
            values   = ["false"]
          }
        }
      }`;
    const tls = (found: string[]) => found.filter((f) => f.includes('GW-S3-009'));
    expect(tls(await scanHcl('tls-everyone', policy('s3:*', '*')))).toEqual([]);
    expect(tls(await scanHcl('tls-one-action', policy('s3:GetObject', '*')))).toEqual([
      'aws_s3_bucket.data GW-S3-009 error',
    ]);
    expect(tls(await scanHcl('tls-one-principal', policy('s3:*', 'arn:aws:iam::111122223333:root')))).toEqual(
      ['aws_s3_bucket.data GW-S3-009 error'],
    );
  });
  it('scans both declarations of a resource declared twice, and the rest of the file', async () => {
    const found = await scanHcl(
      'declared-twice',
      `
      resource "aws_kms_key" "data" {
        description = "first"
      }
      resource "aws_kms_key" "data" {
        description = "second"
        enable_key_rotation = true
      }
      resource "aws_ebs_volume" "data" {
        availability_zone = "eu-west-1a"
        size              = 10
      }`,
    );
    expect(found.filter((f) => /GW-KMS-001|GW-EC2-003/.test(f))).toEqual([
      'aws_ebs_volume.data GW-EC2-003 error',
      'aws_kms_key.data GW-KMS-001 error',
    ]);
  });

  it('reads hand-written heredoc policies as meant: trailing commas, list principals, any-account ARNs', async () => {
    const queue = (name: string, principal: string, condition = '') => `
      resource "aws_sqs_queue" "${name}" {
        name   = "${name}"
        policy = <<POLICY
      {
        "Version": "2012-10-17",
        "Statement": [
          {
            "Effect": "Allow",
            "Principal": ${principal},
            "Action": ["sqs:SendMessage",],
            "Resource": "\${aws_sqs_queue.q.arn}"${condition}
          },
        ]
      }
      POLICY
      }`;
    const found = await scanHcl(
      'heredoc-policies',
      [
        queue('trailing', '{"AWS": "*"}'),
        queue('list', '["arn:aws:iam::111122223333:root", "*"]'),
        queue('any_account', '{"AWS": "arn:aws:iam::*:role/app"}'),
        queue('one_account', '{"AWS": "arn:aws:iam::111122223333:role/app"}'),
        queue(
          'org',
          '"*"',
          ',\n            "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-abc123"}}',
        ),
      ].join('\n'),
    );
    expect(found.filter((f) => f.includes('GW-SQS-002'))).toEqual([
      'aws_sqs_queue.any_account GW-SQS-002 error',
      'aws_sqs_queue.list GW-SQS-002 error',
      'aws_sqs_queue.trailing GW-SQS-002 error',
    ]);
  });

  it('reads a capitalized False, a TCP port of -1 and a VPC whose default group is not taken over', async () => {
    const found = await scanHcl(
      'slips',
      `
      resource "aws_ebs_volume" "data" {
        availability_zone = "eu-west-1a"
        size              = 10
        encrypted         = False
      }
      resource "aws_security_group_rule" "all" {
        type              = "ingress"
        protocol          = "tcp"
        from_port         = -1
        to_port           = -1
        cidr_blocks       = ["0.0.0.0/0"]
        security_group_id = "sg-123"
      }
      resource "aws_vpc" "main" {
        cidr_block = "10.0.0.0/16"
      }`,
    );
    expect(found.filter((f) => /GW-EC2-003|GW-NET-003|GW-NET-004/.test(f))).toEqual([
      'aws_ebs_volume.data GW-EC2-003 error',
      'aws_security_group_rule.all GW-NET-003 error',
      'aws_vpc.main GW-NET-004 error',
    ]);
  });
  it('reads a jsonencode policy: its structure written out, its references computed', async () => {
    const policy = (name: string, condition: string) => `
      resource "aws_s3_bucket_policy" "${name}" {
        bucket = aws_s3_bucket.data.id
        policy = jsonencode({
          Version = "2012-10-17"
          Statement = [{
            Effect    = "Allow"
            Principal = "*"
            Action    = "s3:GetObject"
            Resource  = "\${aws_s3_bucket.data.arn}/*" # every object
            ${condition}
          }]
        })
      }`;
    const found = await scanHcl(
      'jsonencode-policy',
      `resource "aws_s3_bucket" "data" {
        bucket = "acme-data"
      }
      ${policy('open', '')}
      ${policy('endpoint', 'Condition = { StringEquals = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }')}`,
    );
    expect(found.filter((f) => f.includes('GW-S3-010'))).toEqual([
      'aws_s3_bucket_policy.open GW-S3-010 error',
    ]);
  });
});
