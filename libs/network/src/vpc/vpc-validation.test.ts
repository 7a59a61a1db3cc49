import { Token } from 'cdktf';
import { testApp } from '@groundwork/testing';
import { TerraformStack } from 'cdktf';
import { Vpc } from './vpc';
import type { VpcProps } from './vpc-props';
import { FlowLogsOptions } from '../flow-logs/flow-logs';
import { GatewayEndpointService } from '../endpoints/endpoint-services';
import { validateVpcProps } from './validate-vpc-props';

function build(props: VpcProps): () => Vpc {
  return () => new Vpc(new TerraformStack(testApp(), 'validation'), 'net', props);
}

describe('Vpc validation', () => {
  it('accepts the defaults', () => {
    expect(build({})).not.toThrow();
  });

  it('resolves the defaults and the plan on its own, before any resource exists', () => {
    const valid = validateVpcProps('Vpc net', 'net', {
      azCount: 2,
      natMode: 'single',
      interfaceEndpoints: ['ssm'],
    });
    expect(valid).toMatchObject({
      baseName: 'net',
      cidrBlock: '10.0.0.0/16',
      azCount: 2,
      presentTiers: ['public', 'private', 'isolated'],
      natMode: 'single',
      gatewayServices: ['s3', 'dynamodb'],
      interfaceServices: ['ssm'],
      endpointTier: 'private',
    });
    expect(valid.plan.private?.map(String)).toEqual(['10.0.0.0/18', '10.0.64.0/18']);
    expect(() => validateVpcProps('Vpc net', 'net', { azCount: 7 })).toThrow(
      'Vpc net: azCount must be a whole number from 2 to 6, got 7',
    );
  });

  it('fails when the CIDR is malformed', () => {
    expect(build({ cidrBlock: '10.0.0/16' })).toThrow(
      'Vpc validation/net: cidrBlock "10.0.0/16" is not an IPv4 CIDR block',
    );
    expect(build({ cidrBlock: '10.0.5.0/16' })).toThrow('did you mean 10.0.0.0/16?');
  });

  it('fails when the CIDR is a Terraform token', () => {
    expect(build({ cidrBlock: Token.asString({ Ref: 'x' }) })).toThrow(
      'cidrBlock must be a literal such as 10.0.0.0/16, got a Terraform token',
    );
  });

  it('fails when the VPC prefix is outside /16–/28', () => {
    expect(build({ cidrBlock: '10.0.0.0/8' })).toThrow(
      'cidrBlock must be a /16 to a /28 (AWS limits), got 10.0.0.0/8',
    );
    expect(build({ cidrBlock: '10.0.0.0/29' })).toThrow('got 10.0.0.0/29');
  });

  it('fails when a tier prefix length is outside 16–28', () => {
    expect(build({ tiers: { public: { prefixLength: 29 }, private: {} } })).toThrow(
      'tiers.public.prefixLength must be a whole number from 16 to 28, got 29',
    );
    expect(build({ tiers: { public: {}, private: { prefixLength: 12 } } })).toThrow(
      'tiers.private.prefixLength must be a whole number from 16 to 28, got 12',
    );
  });

  it('fails when there are more subnets than the CIDR holds', () => {
    expect(
      build({
        cidrBlock: '10.0.0.0/24',
        tiers: { public: { prefixLength: 26 }, private: { prefixLength: 25 } },
      }),
    ).toThrow(
      'Vpc validation/net: the subnet plan does not fit in 10.0.0.0/24: 3 zones × [public /26, private /25]',
    );
    expect(build({ cidrBlock: '10.0.0.0/26', azCount: 6 })).toThrow('even the smallest automatic plan');
  });

  it('fails when explicit CIDRs overlap or leave the VPC', () => {
    expect(
      build({
        azCount: 2,
        natMode: 'single',
        tiers: {
          public: { cidrBlocks: ['10.0.0.0/24', '10.0.1.0/24'] },
          private: { cidrBlocks: ['10.0.1.0/24', '10.0.2.0/24'] },
        },
      }),
    ).toThrow(
      'tiers.private.cidrBlocks[0] "10.0.1.0/24" overlaps 10.0.1.0/24: give each subnet its own block',
    );
    expect(
      build({
        azCount: 2,
        natMode: 'none',
        tiers: { isolated: { cidrBlocks: ['10.0.0.0/24', '10.9.0.0/24'] } },
      }),
    ).toThrow('tiers.isolated.cidrBlocks[1] "10.9.0.0/24" is outside the VPC block 10.0.0.0/16');
  });

  it('fails when a NAT mode needs a public tier and there is none', () => {
    expect(build({ natMode: 'perAz', tiers: { private: {}, isolated: {} } })).toThrow(
      "natMode 'perAz' places NAT gateways in the public tier, but tiers has no public tier",
    );
    expect(build({ natMode: 'single', tiers: { private: {} } })).toThrow(
      "natMode 'single' places NAT gateways",
    );
  });

  it('fails when natMode none leaves a private tier without egress', () => {
    expect(build({ natMode: 'none' })).toThrow("natMode 'none' leaves the private tier with no way out");
  });

  it('fails when natMode is not one of the modes', () => {
    expect(build({ natMode: 'double' as never })).toThrow(
      "natMode must be 'none', 'single' or 'perAz', got 'double'",
    );
  });

  it('fails when the AZ count is out of range', () => {
    expect(build({ azCount: 1 })).toThrow('azCount must be a whole number from 2 to 6, got 1');
    expect(build({ azCount: 7 })).toThrow('got 7');
    expect(build({ azCount: 2.5 })).toThrow('got 2.5');
    expect(build({ availabilityZones: ['eu-west-1a'] })).toThrow(
      'availabilityZones must name 2 to 6 zones, got 1',
    );
  });

  it('fails when explicit zones repeat or disagree with azCount', () => {
    expect(build({ availabilityZones: ['eu-west-1a', 'eu-west-1a'] })).toThrow(
      'availabilityZones names eu-west-1a twice',
    );
    expect(build({ azCount: 3, availabilityZones: ['eu-west-1a', 'eu-west-1b'] })).toThrow(
      'azCount (3) must match the number of availabilityZones (2)',
    );
  });

  it.each(['eu-west-1', 'EU-WEST-1A', 'euw1-az1', 'eu-west-1a '])(
    'fails when an explicit zone name is not a zone name: "%s"',
    (zone) => {
      expect(build({ availabilityZones: ['eu-west-1a', zone] })).toThrow(
        `Vpc validation/net: availabilityZones[1] must be a zone name such as eu-west-1a (a region name followed by a letter), got "${zone}"`,
      );
    },
  );

  it.each([
    ['us-gov-west-1a', 'us-gov-west-1b'],
    ['us-east-1-bos-1a', 'us-east-1a'],
    ['cn-north-1a', 'cn-north-1b'],
  ])('accepts zone names %s and %s', (a, b) => {
    expect(build({ availabilityZones: [a, b] })).not.toThrow();
  });

  it('fails when no tier is listed', () => {
    expect(build({ natMode: 'none', tiers: {} })).toThrow(
      'tiers must list at least one of public, private or isolated',
    );
  });

  it('fails when the name cannot be used in tags and resource names', () => {
    expect(build({ name: 'has space' })).toThrow('name must be 1–63 letters, digits, ".", "_" or "-"');
    expect(build({ name: '' })).toThrow('got ""');
  });

  it('fails when flow log options are invalid', () => {
    const withFlowLogs = (flowLogs: FlowLogsOptions) => build({ flowLogs });
    expect(withFlowLogs({ destination: { type: 'cloudWatchLogs', retentionDays: 10 } })).toThrow(
      'flowLogs.destination.retentionDays must be one of 0, 1, 3',
    );
    expect(withFlowLogs({ destination: { type: 's3', bucketArn: 'my-bucket' } })).toThrow(
      'flowLogs.destination.bucketArn must be an S3 bucket ARN such as arn:aws:s3:::my-logs, got "my-bucket"',
    );
    expect(withFlowLogs({ trafficType: 'SOME' as never })).toThrow(
      "flowLogs.trafficType must be 'ALL', 'ACCEPT' or 'REJECT'",
    );
    expect(withFlowLogs({ maxAggregationIntervalSeconds: 300 as never })).toThrow(
      'flowLogs.maxAggregationIntervalSeconds must be 60 or 600, got 300',
    );
    expect(withFlowLogs({ destination: { type: 'firehose' } as never })).toThrow(
      "flowLogs.destination.type must be 'cloudWatchLogs' or 's3', got 'firehose'",
    );
  });

  it('fails when gateway endpoints are unknown or repeated', () => {
    expect(build({ gatewayEndpoints: ['s3', 'sqs' as GatewayEndpointService] })).toThrow(
      "gatewayEndpoints[1] must be 's3' or 'dynamodb', each at most once, got 'sqs'",
    );
    expect(build({ gatewayEndpoints: ['s3', 's3'] })).toThrow("got 's3'");
  });

  it('fails when interface endpoints are malformed, repeated, gateway services, or have no tier to live in', () => {
    expect(build({ interfaceEndpoints: ['com.amazonaws.us-east-1.ssm'] })).toThrow(
      'interfaceEndpoints[0] "com.amazonaws.us-east-1.ssm" is not a service short name',
    );
    expect(build({ interfaceEndpoints: ['SSM'] })).toThrow('"SSM" is not a service short name');
    expect(build({ interfaceEndpoints: ['ssm', 'ssm'] })).toThrow('interfaceEndpoints lists "ssm" twice');
    expect(build({ interfaceEndpoints: ['s3'] })).toThrow('"s3" is served by a gateway endpoint');
    expect(build({ natMode: 'none', tiers: { public: {} }, interfaceEndpoints: ['ssm'] })).toThrow(
      'interfaceEndpoints need a private or isolated tier',
    );
  });
});
