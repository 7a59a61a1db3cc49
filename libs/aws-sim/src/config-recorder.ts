// The AWS Config recorder of the simulated account: one configuration item per live resource, in the form Config
// delivers in snapshot files (`ARN`, `awsAccountId`, `configuration` an object), with each service's own field
// names, casing and quirks as seen in real captured items (SDK-v1 camelCase for older types, PascalCase for
// CloudFormation-registry types, URL-encoded IAM documents, policies as JSON strings, tags in several shapes).
import type { AppliedResource, Attrs } from './terraform-apply';
import { SimulatedIds } from './simulated-ids';

export type ConfigItem = Record<string, unknown> & {
  resourceType: string;
  resourceId: string;
  configuration: Record<string, unknown> | null;
  supplementaryConfiguration: Record<string, unknown>;
  tags: Record<string, string>;
  configurationItemStatus: string;
};

export interface RecorderContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  readonly captureTime: string;
}

export const CREATED_AT = '2026-11-20T09:14:07.000Z';

export function tagList(tags: Record<string, string> | undefined): { key: string; value: string }[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

interface ItemSpec {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string | null;
  readonly arn?: string;
  readonly availabilityZone?: string;
  readonly awsRegion?: string;
  readonly configuration: Record<string, unknown>;
  readonly supplementaryConfiguration?: Record<string, unknown>;
  readonly tags?: Record<string, string>;
  readonly relationships?: { resourceType: string; resourceId: string; name: string }[];
}

export function configItem(ctx: RecorderContext, spec: ItemSpec): ConfigItem {
  return {
    relatedEvents: [],
    relationships: (spec.relationships ?? []).map((r) => ({ ...r, resourceName: null })),
    configuration: spec.configuration,
    supplementaryConfiguration: spec.supplementaryConfiguration ?? {},
    tags: spec.tags ?? {},
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: ctx.captureTime,
    configurationStateId: Date.parse(ctx.captureTime) + parseInt(ctx.ids.hex(3), 16),
    awsAccountId: ctx.account,
    configurationItemStatus: 'OK',
    resourceType: spec.resourceType,
    resourceId: spec.resourceId,
    resourceName: spec.resourceName ?? null,
    ARN: spec.arn ?? null,
    awsRegion: spec.awsRegion ?? ctx.region,
    availabilityZone: spec.availabilityZone ?? 'Not Applicable',
    configurationStateMd5Hash: '',
    resourceCreationTime: CREATED_AT,
  };
}

type Lookup = (type: string, predicate: (a: Attrs) => boolean) => AppliedResource[];

/** Records every applied resource that AWS Config records, folding sub-resources into their parent item. */
export function recordApplied(resources: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[] {
  const find: Lookup = (type, predicate) => resources.filter((r) => r.type === type && predicate(r.attrs));
  const items: ConfigItem[] = [];
  for (const r of resources) {
    const item = recordOne(r, find, ctx);
    if (item) items.push(...(Array.isArray(item) ? item : [item]));
  }
  return items;
}

const VPC_REL = (vpcId: unknown) => ({
  resourceType: 'AWS::EC2::VPC',
  resourceId: String(vpcId),
  name: 'Is contained in Vpc',
});

function recordOne(
  r: AppliedResource,
  find: Lookup,
  ctx: RecorderContext,
): ConfigItem | ConfigItem[] | undefined {
  const a = r.attrs;
  const tags = (a.tags_all as Record<string, string> | undefined) ?? {};
  const id = String(a.id);
  switch (r.type) {
    case 'aws_vpc':
      return configItem(ctx, {
        resourceType: 'AWS::EC2::VPC',
        resourceId: id,
        arn: String(a.arn),
        availabilityZone: 'Multiple Availability Zones',
        tags,
        configuration: {
          cidrBlock: a.cidr_block,
          dhcpOptionsId: a.dhcp_options_id,
          state: 'available',
          vpcId: id,
          ownerId: ctx.account,
          instanceTenancy: 'default',
          ipv6CidrBlockAssociationSet: [],
          cidrBlockAssociationSet: [
            {
              associationId: `vpc-cidr-assoc-0${ctx.ids.hex(16)}`,
              cidrBlock: a.cidr_block,
              cidrBlockState: { state: 'associated', statusMessage: null },
            },
          ],
          isDefault: false,
          tags: tagList(tags),
        },
      });
    case 'aws_subnet': {
      const prefix = Number(String(a.cidr_block).split('/')[1]);
      return configItem(ctx, {
        resourceType: 'AWS::EC2::Subnet',
        resourceId: id,
        arn: String(a.arn),
        availabilityZone: String(a.availability_zone),
        tags,
        relationships: [VPC_REL(a.vpc_id)],
        configuration: {
          availabilityZone: a.availability_zone,
          availabilityZoneId: a.availability_zone_id,
          availableIpAddressCount: 2 ** (32 - prefix) - 5,
          cidrBlock: a.cidr_block,
          defaultForAz: false,
          mapPublicIpOnLaunch: a.map_public_ip_on_launch ?? false,
          mapCustomerOwnedIpOnLaunch: false,
          state: 'available',
          subnetId: id,
          vpcId: a.vpc_id,
          ownerId: ctx.account,
          assignIpv6AddressOnCreation: false,
          ipv6CidrBlockAssociationSet: [],
          tags: tagList(tags),
          subnetArn: a.arn,
          enableDns64: false,
          ipv6Native: false,
          privateDnsNameOptionsOnLaunch: {
            hostnameType: 'ip-name',
            enableResourceNameDnsARecord: false,
            enableResourceNameDnsAAAARecord: false,
          },
        },
      });
    }
    case 'aws_internet_gateway':
      return configItem(ctx, {
        resourceType: 'AWS::EC2::InternetGateway',
        resourceId: id,
        arn: String(a.arn),
        tags,
        relationships: [
          { resourceType: 'AWS::EC2::VPC', resourceId: String(a.vpc_id), name: 'Is attached to Vpc' },
        ],
        configuration: {
          attachments: [{ state: 'available', vpcId: a.vpc_id }],
          internetGatewayId: id,
          ownerId: ctx.account,
          tags: tagList(tags),
        },
      });
    case 'aws_eip':
      return configItem(ctx, {
        resourceType: 'AWS::EC2::EIP',
        resourceId: id,
        arn: String(a.arn),
        tags,
        configuration: {
          allocationId: id,
          associationId: a.association_id,
          domain: 'vpc',
          networkInterfaceId: a.network_interface,
          networkInterfaceOwnerId: ctx.account,
          privateIpAddress: a.private_ip,
          publicIp: a.public_ip,
          publicIpv4Pool: 'amazon',
          networkBorderGroup: ctx.region,
          tags: tagList(tags),
        },
      });
    case 'aws_nat_gateway': {
      const subnet = find('aws_subnet', (s) => s.id === a.subnet_id)[0];
      return configItem(ctx, {
        resourceType: 'AWS::EC2::NatGateway',
        resourceId: id,
        arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:natgateway/${id}`,
        availabilityZone: String(subnet?.attrs.availability_zone),
        tags,
        relationships: [
          VPC_REL(subnet?.attrs.vpc_id),
          {
            resourceType: 'AWS::EC2::Subnet',
            resourceId: String(a.subnet_id),
            name: 'Is contained in Subnet',
          },
        ],
        configuration: {
          createTime: Date.parse(CREATED_AT),
          natGatewayAddresses: [
            {
              allocationId: a.allocation_id,
              networkInterfaceId: a.network_interface_id,
              privateIp: a.private_ip,
              publicIp: a.public_ip,
            },
          ],
          natGatewayId: id,
          state: 'available',
          subnetId: a.subnet_id,
          vpcId: subnet?.attrs.vpc_id,
          tags: tagList(tags),
          connectivityType: 'public',
        },
      });
    }
    case 'aws_route_table': {
      const vpc = find('aws_vpc', (v) => v.id === a.vpc_id)[0];
      const routes: Record<string, unknown>[] = [
        {
          destinationCidrBlock: vpc?.attrs.cidr_block,
          gatewayId: 'local',
          origin: 'CreateRouteTable',
          state: 'active',
        },
        ...(a.route as Attrs[]).map((route) => ({
          destinationCidrBlock: route.cidr_block,
          ...(route.gateway_id ? { gatewayId: route.gateway_id } : {}),
          ...(route.nat_gateway_id ? { natGatewayId: route.nat_gateway_id } : {}),
          origin: 'CreateRoute',
          state: 'active',
        })),
      ];
      // AWS adds a prefix-list route (`pl-…` → `vpce-…`) to every route table a gateway VPC endpoint names.
      for (const endpoint of find(
        'aws_vpc_endpoint',
        (e) =>
          e.vpc_endpoint_type === 'Gateway' &&
          ((e.route_table_ids as string[] | undefined) ?? []).includes(id),
      )) {
        routes.push({
          destinationPrefixListId: String(endpoint.attrs.prefix_list_id),
          gatewayId: String(endpoint.attrs.id),
          origin: 'CreateRoute',
          state: 'active',
        });
      }
      const associations = find('aws_route_table_association', (x) => x.route_table_id === id).map((x) => ({
        main: false,
        routeTableAssociationId: x.attrs.id,
        routeTableId: id,
        subnetId: x.attrs.subnet_id,
        associationState: { state: 'associated', statusMessage: null },
      }));
      return configItem(ctx, {
        resourceType: 'AWS::EC2::RouteTable',
        resourceId: id,
        arn: String(a.arn),
        tags,
        relationships: [VPC_REL(a.vpc_id)],
        configuration: {
          associations,
          propagatingVgws: [],
          routeTableId: id,
          routes,
          tags: tagList(tags),
          vpcId: a.vpc_id,
          ownerId: ctx.account,
        },
      });
    }
    case 'aws_security_group':
      return configItem(ctx, {
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: id,
        arn: String(a.arn),
        tags,
        relationships: [VPC_REL(a.vpc_id)],
        configuration: {
          description: a.description,
          groupName: a.name,
          ipPermissions: ipPermissions(a.ingress as Attrs[], ctx.account),
          ownerId: ctx.account,
          groupId: id,
          ipPermissionsEgress: ipPermissions(a.egress as Attrs[], ctx.account),
          tags: tagList(tags),
          vpcId: a.vpc_id,
        },
      });
    case 'aws_instance':
      return instanceItem(ctx, {
        instanceId: id,
        imageId: String(a.ami),
        instanceType: String(a.instance_type),
        subnetId: String(a.subnet_id),
        vpcId: String(find('aws_subnet', (s) => s.id === a.subnet_id)[0]?.attrs.vpc_id),
        privateIp: String(a.private_ip),
        eni: String(a.primary_network_interface_id),
        securityGroups: (a.vpc_security_group_ids as string[]).map((sg) => ({
          groupId: sg,
          groupName: String(find('aws_security_group', (s) => s.id === sg)[0]?.attrs.name),
        })),
        profileArn: `arn:aws:iam::${ctx.account}:instance-profile/${a.iam_instance_profile}`,
        httpTokens: String((a.metadata_options as Attrs[])[0].http_tokens),
        hopLimit: Number((a.metadata_options as Attrs[])[0].http_put_response_hop_limit ?? 1),
        availabilityZone: String(a.availability_zone),
        monitoring: a.monitoring === true,
        tags,
      });
    case 'aws_launch_template': {
      const md = (a.metadata_options as Attrs[] | undefined)?.[0] ?? {};
      const profile = (a.iam_instance_profile as Attrs[] | undefined)?.[0];
      const nics = (a.network_interfaces as Attrs[] | undefined) ?? [];
      const flag = (v: unknown) => (v === undefined || v === '' ? undefined : v === true || v === 'true');
      return configItem(ctx, {
        resourceType: 'AWS::EC2::LaunchTemplate',
        resourceId: id,
        resourceName: String(a.name),
        arn: String(a.arn),
        tags,
        configuration: {
          LaunchTemplateName: a.name,
          Id: id,
          DefaultVersionNumber: a.default_version,
          LatestVersionNumber: a.latest_version,
          LaunchTemplateData: {
            ImageId: a.image_id,
            InstanceType: a.instance_type,
            ...(profile
              ? { IamInstanceProfile: profile.arn ? { Arn: profile.arn } : { Name: profile.name } }
              : {}),
            ...(a.vpc_security_group_ids ? { SecurityGroupIds: a.vpc_security_group_ids } : {}),
            ...(nics.length > 0
              ? {
                  NetworkInterfaces: nics.map((n) => ({
                    AssociatePublicIpAddress: flag(n.associate_public_ip_address),
                    DeleteOnTermination: flag(n.delete_on_termination),
                    DeviceIndex: n.device_index,
                    Groups: n.security_groups,
                  })),
                }
              : {}),
            ...((a.monitoring as Attrs[] | undefined)?.[0]
              ? { Monitoring: { Enabled: (a.monitoring as Attrs[])[0].enabled === true } }
              : {}),
            MetadataOptions: {
              HttpEndpoint: md.http_endpoint,
              HttpTokens: md.http_tokens,
              HttpPutResponseHopLimit: md.http_put_response_hop_limit,
              ...(md.instance_metadata_tags ? { InstanceMetadataTags: md.instance_metadata_tags } : {}),
            },
            BlockDeviceMappings: ((a.block_device_mappings as Attrs[] | undefined) ?? []).map((bdm) => {
              const ebs = (bdm.ebs as Attrs[])[0];
              return {
                DeviceName: bdm.device_name,
                Ebs: {
                  DeleteOnTermination: flag(ebs.delete_on_termination),
                  Encrypted: flag(ebs.encrypted),
                  VolumeSize: ebs.volume_size,
                  VolumeType: ebs.volume_type,
                },
              };
            }),
            ...(a.tag_specifications
              ? {
                  TagSpecifications: (a.tag_specifications as Attrs[]).map((t) => ({
                    ResourceType: t.resource_type,
                    Tags: Object.entries((t.tags as Record<string, string>) ?? {}).map(([Key, Value]) => ({
                      Key,
                      Value,
                    })),
                  })),
                }
              : {}),
          },
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        },
      });
    }
    case 'aws_autoscaling_group': {
      const lt = (a.launch_template as Attrs[])[0];
      const ltName = find('aws_launch_template', (x) => x.id === lt.id)[0]?.attrs.name;
      const asgTags = (a.tag as Attrs[]).map((t) => ({
        resourceId: a.name,
        resourceType: 'auto-scaling-group',
        key: t.key,
        value: t.value,
        propagateAtLaunch: t.propagate_at_launch,
      }));
      return configItem(ctx, {
        resourceType: 'AWS::AutoScaling::AutoScalingGroup',
        resourceId: String(a.arn),
        resourceName: String(a.name),
        arn: String(a.arn),
        availabilityZone: 'Multiple Availability Zones',
        tags: Object.fromEntries((a.tag as Attrs[]).map((t) => [t.key, t.value])),
        configuration: {
          autoScalingGroupName: a.name,
          autoScalingGroupARN: a.arn,
          launchTemplate: { launchTemplateId: lt.id, launchTemplateName: ltName, version: lt.version },
          minSize: a.min_size,
          maxSize: a.max_size,
          desiredCapacity: a.desired_capacity,
          defaultCooldown: 300,
          availabilityZones: a.availability_zones,
          loadBalancerNames: [],
          targetGroupARNs: a.target_group_arns,
          healthCheckType: a.health_check_type,
          healthCheckGracePeriod: a.health_check_grace_period,
          instances: [],
          createdTime: Date.parse(CREATED_AT),
          suspendedProcesses: [],
          enabledMetrics: [],
          tags: asgTags,
          terminationPolicies: ['Default'],
          newInstancesProtectedFromScaleIn: false,
          serviceLinkedRoleARN: a.service_linked_role_arn,
          capacityRebalance: false,
          vpczoneIdentifier: (a.vpc_zone_identifier as string[]).join(','),
        },
        supplementaryConfiguration: { LifeCycleHooks: [] },
      });
    }
    case 'aws_lb': {
      const subnets = (a.subnets as string[]).map((s) => find('aws_subnet', (x) => x.id === s)[0]);
      const logs = (a.access_logs as Attrs[] | undefined)?.[0];
      return configItem(ctx, {
        resourceType: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
        resourceId: String(a.arn),
        resourceName: String(a.name),
        arn: String(a.arn),
        availabilityZone: 'Multiple Availability Zones',
        tags,
        configuration: {
          loadBalancerArn: a.arn,
          dNSName: a.dns_name,
          canonicalHostedZoneId: a.zone_id,
          createdTime: CREATED_AT,
          loadBalancerName: a.name,
          scheme: a.internal ? 'internal' : 'internet-facing',
          vpcId: subnets[0]?.attrs.vpc_id,
          state: { code: 'active', reason: null },
          type: a.load_balancer_type,
          availabilityZones: subnets.map((s) => ({
            zoneName: s?.attrs.availability_zone,
            subnetId: s?.attrs.id,
            loadBalancerAddresses: [],
          })),
          securityGroups: a.security_groups,
          ipAddressType: 'ipv4',
        },
        supplementaryConfiguration: {
          LoadBalancerAttributes: [
            { key: 'access_logs.s3.enabled', value: String(logs?.enabled === true) },
            { key: 'access_logs.s3.bucket', value: String(logs?.bucket ?? '') },
            { key: 'access_logs.s3.prefix', value: String(logs?.prefix ?? '') },
            { key: 'deletion_protection.enabled', value: String(a.enable_deletion_protection === true) },
            { key: 'idle_timeout.timeout_seconds', value: String(a.idle_timeout ?? 60) },
            {
              key: 'routing.http.desync_mitigation_mode',
              value: String(a.desync_mitigation_mode ?? 'defensive'),
            },
            {
              key: 'routing.http.drop_invalid_header_fields.enabled',
              value: String(a.drop_invalid_header_fields === true),
            },
            { key: 'routing.http2.enabled', value: String(a.enable_http2 !== false) },
          ],
          Tags: tagList(tags),
        },
      });
    }
    case 'aws_lb_listener': {
      return configItem(ctx, {
        resourceType: 'AWS::ElasticLoadBalancingV2::Listener',
        resourceId: String(a.arn),
        arn: String(a.arn),
        tags,
        configuration: {
          ListenerArn: a.arn,
          LoadBalancerArn: a.load_balancer_arn,
          Port: a.port,
          Protocol: a.protocol,
          ...(a.ssl_policy ? { SslPolicy: a.ssl_policy } : {}),
          ...(a.certificate_arn
            ? { Certificates: [{ CertificateArn: a.certificate_arn, IsDefault: true }] }
            : {}),
          DefaultActions: (a.default_action as Attrs[]).map((action, i) => listenerAction(action, i + 1)),
        },
      });
    }
    case 'aws_iam_group':
      return configItem(ctx, {
        resourceType: 'AWS::IAM::Group',
        resourceId: String(a.unique_id),
        resourceName: String(a.name),
        arn: String(a.arn),
        awsRegion: 'global',
        configuration: {
          path: a.path,
          groupName: a.name,
          groupId: a.unique_id,
          arn: a.arn,
          createDate: CREATED_AT,
          groupPolicyList: find('aws_iam_group_policy', (p) => p.group === a.name).map((p) => ({
            policyName: p.attrs.name,
            policyDocument: iamEncode(String(p.attrs.policy)),
          })),
          attachedManagedPolicies: find('aws_iam_group_policy_attachment', (p) => p.group === a.name).map(
            (p) => ({
              policyName: String(p.attrs.policy_arn).split('/').pop(),
              policyArn: p.attrs.policy_arn,
            }),
          ),
        },
      });
    case 'aws_iam_policy': {
      const attachments = ['aws_iam_role_policy_attachment', 'aws_iam_group_policy_attachment'].flatMap((t) =>
        find(t, (p) => p.policy_arn === a.arn),
      );
      return configItem(ctx, {
        resourceType: 'AWS::IAM::Policy',
        resourceId: String(a.policy_id),
        resourceName: String(a.name),
        arn: String(a.arn),
        awsRegion: 'global',
        tags,
        configuration: {
          policyName: a.name,
          policyId: a.policy_id,
          arn: a.arn,
          path: a.path,
          defaultVersionId: 'v1',
          attachmentCount: attachments.length,
          permissionsBoundaryUsageCount: 0,
          isAttachable: true,
          description: a.description,
          createDate: CREATED_AT,
          updateDate: CREATED_AT,
          policyVersionList: [
            {
              document: iamEncode(String(a.policy)),
              versionId: 'v1',
              isDefaultVersion: true,
              createDate: CREATED_AT,
            },
          ],
        },
      });
    }
    case 'aws_cloudfront_distribution':
      return distributionItem(r, ctx);
    case 'aws_s3_bucket':
      return bucketItem(r, find, ctx);
    case 'aws_iam_role':
      return roleItem(r, find, ctx);
    case 'aws_db_instance':
      return dbItem(r, find, ctx);
    case 'aws_db_subnet_group':
      return configItem(ctx, {
        resourceType: 'AWS::RDS::DBSubnetGroup',
        resourceId: String(a.name),
        resourceName: String(a.name),
        arn: String(a.arn),
        tags,
        configuration: {
          dBSubnetGroupName: a.name,
          dBSubnetGroupDescription: 'Managed by Terraform',
          vpcId: a.vpc_id,
          subnetGroupStatus: 'Complete',
          dBSubnetGroupArn: a.arn,
        },
      });
    case 'aws_kms_key':
      return configItem(ctx, {
        resourceType: 'AWS::KMS::Key',
        resourceId: id,
        arn: String(a.arn),
        tags,
        configuration: {
          awsaccountId: ctx.account,
          keyId: id,
          arn: a.arn,
          creationDate: CREATED_AT,
          enabled: true,
          description: a.description,
          keyUsage: 'ENCRYPT_DECRYPT',
          keyState: 'Enabled',
          origin: 'AWS_KMS',
          keyManager: 'CUSTOMER',
          customerMasterKeySpec: 'SYMMETRIC_DEFAULT',
          keySpec: 'SYMMETRIC_DEFAULT',
          encryptionAlgorithms: ['SYMMETRIC_DEFAULT'],
          multiRegion: false,
        },
        supplementaryConfiguration: {
          KeyRotationStatus: a.enable_key_rotation === true,
          Tags: Object.entries(tags).map(([TagKey, TagValue]) => ({ TagKey, TagValue })),
        },
      });
    case 'aws_sns_topic':
      return configItem(ctx, {
        resourceType: 'AWS::SNS::Topic',
        resourceId: String(a.arn),
        resourceName: String(a.name),
        arn: String(a.arn),
        tags,
        configuration: {
          TopicArn: a.arn,
          Owner: ctx.account,
          DisplayName: a.display_name ?? '',
          KmsMasterKeyId: a.kms_master_key_id,
          Policy: JSON.stringify(defaultTopicPolicy(String(a.arn), ctx.account)),
          EffectiveDeliveryPolicy: JSON.stringify({
            http: {
              defaultHealthyRetryPolicy: {
                minDelayTarget: 20,
                maxDelayTarget: 20,
                numRetries: 3,
                numMaxDelayRetries: 0,
                numNoDelayRetries: 0,
                numMinDelayRetries: 0,
                backoffFunction: 'linear',
              },
              disableSubscriptionOverrides: false,
              defaultRequestPolicy: { headerContentType: 'text/plain; charset=UTF-8' },
            },
          }),
          ApplicationSuccessFeedbackSampleRate: 0.0,
          LambdaSuccessFeedbackSampleRate: 0.0,
          FirehoseSuccessFeedbackSampleRate: 0.0,
          SQSSuccessFeedbackSampleRate: 0.0,
          HTTPSuccessFeedbackSampleRate: 0.0,
        },
        supplementaryConfiguration: { Tags: Object.entries(tags).map(([key, value]) => ({ value, key })) },
      });
    case 'aws_secretsmanager_secret':
      return configItem(ctx, {
        resourceType: 'AWS::SecretsManager::Secret',
        resourceId: String(a.arn),
        resourceName: String(a.name),
        arn: String(a.arn),
        tags,
        configuration: {
          ARN: a.arn,
          Name: a.name,
          Description: a.description,
          KMSKeyId: a.kms_key_id,
          RotationEnabled: false,
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        },
      });
    case 'aws_lambda_function': {
      const role = find('aws_iam_role', (x) => x.arn === a.role)[0];
      return configItem(ctx, {
        resourceType: 'AWS::Lambda::Function',
        resourceId: String(a.function_name),
        resourceName: String(a.function_name),
        arn: String(a.arn),
        tags,
        relationships: [
          {
            resourceType: 'AWS::IAM::Role',
            resourceId: String(role?.attrs.unique_id),
            name: 'Is associated with ',
          },
        ],
        configuration: {
          functionName: a.function_name,
          functionArn: a.arn,
          runtime: a.runtime,
          role: a.role,
          handler: a.handler,
          codeSize: 1948213,
          description: '',
          timeout: a.timeout,
          memorySize: a.memory_size,
          lastModified: a.last_modified,
          codeSha256: a.source_code_hash,
          version: '$LATEST',
          tracingConfig: { mode: (a.tracing_config as Attrs[])[0].mode },
          revisionId: ctx.ids.uuid(),
          architectures: a.architectures,
          packageType: 'Zip',
          ephemeralStorage: { size: 512 },
          state: { value: 'Active' },
          lastUpdateStatus: { value: 'Successful' },
        },
        supplementaryConfiguration: { Tags: tags },
      });
    }
    default:
      // Not recorded by Config (routes, associations, rules, attachments, target groups, aliases, profiles) or folded.
      return undefined;
  }
}

/** Rules as EC2 DescribeSecurityGroups returns them: one permission per protocol and port range. */
export function ipPermissions(rules: Attrs[], account: string): Record<string, unknown>[] {
  const groups = new Map<
    string,
    Record<string, unknown> & { ipv4Ranges: unknown[]; ipRanges: unknown[]; userIdGroupPairs: unknown[] }
  >();
  for (const rule of rules) {
    const allTraffic = rule.protocol === '-1' || rule.protocol === 'all';
    const key = allTraffic ? '-1' : `${rule.protocol}:${rule.from_port}:${rule.to_port}`;
    let perm = groups.get(key);
    if (!perm) {
      perm = {
        ...(allTraffic ? {} : { fromPort: rule.from_port }),
        ipProtocol: allTraffic ? '-1' : rule.protocol,
        ipv6Ranges: [],
        prefixListIds: [],
        ...(allTraffic ? {} : { toPort: rule.to_port }),
        userIdGroupPairs: [],
        ipv4Ranges: [],
        ipRanges: [],
      };
      groups.set(key, perm);
    }
    const description = rule.description ? { description: rule.description } : {};
    for (const cidr of rule.cidr_blocks as string[]) {
      perm.ipv4Ranges.push({ cidrIp: cidr, ...description });
      perm.ipRanges.push(cidr);
    }
    for (const sg of rule.security_groups as string[])
      perm.userIdGroupPairs.push({ groupId: sg, userId: account, ...description });
  }
  return [...groups.values()];
}

/** A listener action as ELB describes it: forward with its ForwardConfig, redirect or fixed response. */
function listenerAction(action: Attrs, order: number): Record<string, unknown> {
  const redirect = (action.redirect as Attrs[] | undefined)?.[0];
  const fixed = (action.fixed_response as Attrs[] | undefined)?.[0];
  return {
    Type: action.type,
    Order: order,
    ...(action.target_group_arn
      ? {
          TargetGroupArn: action.target_group_arn,
          ForwardConfig: {
            TargetGroups: [{ TargetGroupArn: action.target_group_arn, Weight: 1 }],
            TargetGroupStickinessConfig: { Enabled: false },
          },
        }
      : {}),
    ...(redirect
      ? {
          RedirectConfig: {
            Protocol: redirect.protocol ?? '#{protocol}',
            Port: redirect.port ?? '#{port}',
            Host: redirect.host ?? '#{host}',
            Path: redirect.path ?? '/#{path}',
            Query: redirect.query ?? '#{query}',
            StatusCode: redirect.status_code,
          },
        }
      : {}),
    ...(fixed
      ? {
          FixedResponseConfig: {
            StatusCode: fixed.status_code,
            ContentType: fixed.content_type,
            MessageBody: fixed.message_body,
          },
        }
      : {}),
  };
}

/** CloudFront's SDK-v1 shapes: every list is `{quantity, items}`. */
function quantity(items: readonly unknown[] | undefined): { quantity: number; items: unknown[] } {
  return { quantity: items?.length ?? 0, items: [...(items ?? [])] };
}

function distributionItem(r: AppliedResource, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const tags = (a.tags_all as Record<string, string>) ?? {};
  const first = (v: unknown): Attrs => (v as Attrs[] | undefined)?.[0] ?? {};
  const dcb = first(a.default_cache_behavior);
  const cert = first(a.viewer_certificate);
  const geo = first(first(a.restrictions).geo_restriction);
  const logging = (a.logging_config as Attrs[] | undefined)?.[0];
  const untrusted = { enabled: false, quantity: 0, items: [] };
  return configItem(ctx, {
    resourceType: 'AWS::CloudFront::Distribution',
    resourceId: String(a.id),
    arn: String(a.arn),
    awsRegion: 'global',
    tags,
    configuration: {
      id: a.id,
      arn: a.arn,
      status: 'Deployed',
      lastModifiedTime: CREATED_AT,
      domainName: a.domain_name,
      isStaging: false,
      distributionConfig: {
        callerReference: a.caller_reference,
        aliases: quantity(a.aliases as string[]),
        defaultRootObject: a.default_root_object ?? '',
        origins: quantity(
          ((a.origin as Attrs[] | undefined) ?? []).map((o) => ({
            id: o.origin_id,
            domainName: o.domain_name,
            originPath: o.origin_path ?? '',
            customHeaders: quantity([]),
            s3OriginConfig: { originAccessIdentity: '' },
            connectionAttempts: 3,
            connectionTimeout: 10,
            originAccessControlId: o.origin_access_control_id ?? '',
          })),
        ),
        originGroups: quantity([]),
        defaultCacheBehavior: {
          targetOriginId: dcb.target_origin_id,
          trustedSigners: untrusted,
          trustedKeyGroups: untrusted,
          viewerProtocolPolicy: dcb.viewer_protocol_policy,
          allowedMethods: {
            ...quantity(dcb.allowed_methods as string[]),
            cachedMethods: quantity(dcb.cached_methods as string[]),
          },
          smoothStreaming: false,
          compress: dcb.compress === true,
          lambdaFunctionAssociations: quantity([]),
          functionAssociations: quantity([]),
          fieldLevelEncryptionId: '',
          cachePolicyId: dcb.cache_policy_id,
          responseHeadersPolicyId: dcb.response_headers_policy_id,
        },
        cacheBehaviors: quantity([]),
        customErrorResponses: quantity([]),
        comment: a.comment ?? '',
        logging: {
          enabled: logging !== undefined,
          includeCookies: logging?.include_cookies === true,
          bucket: logging?.bucket ?? '',
          prefix: logging?.prefix ?? '',
        },
        priceClass: a.price_class,
        enabled: a.enabled === true,
        viewerCertificate: {
          cloudFrontDefaultCertificate: cert.cloudfront_default_certificate === true,
          ...(cert.acm_certificate_arn
            ? { aCMCertificateArn: cert.acm_certificate_arn, certificate: cert.acm_certificate_arn }
            : {}),
          sSLSupportMethod: cert.ssl_support_method,
          minimumProtocolVersion: cert.minimum_protocol_version,
          certificateSource: cert.acm_certificate_arn ? 'acm' : 'cloudfront',
        },
        restrictions: {
          geoRestriction: {
            restrictionType: geo.restriction_type ?? 'none',
            ...quantity((geo.locations as string[] | undefined) ?? []),
          },
        },
        webACLId: a.web_acl_id ?? '',
        httpVersion: a.http_version,
        isIPV6Enabled: a.is_ipv6_enabled === true,
        staging: false,
      },
    },
  });
}

export interface InstanceSpec {
  readonly instanceId: string;
  readonly imageId: string;
  readonly instanceType: string;
  readonly subnetId: string;
  readonly vpcId: string;
  readonly privateIp: string;
  /** @default `${region}a` */
  readonly availabilityZone?: string;
  readonly eni: string;
  readonly securityGroups: { groupId: string; groupName: string }[];
  readonly profileArn?: string;
  readonly httpTokens: string;
  /** @default 1 */
  readonly hopLimit?: number;
  readonly monitoring: boolean;
  readonly tags: Record<string, string>;
}

export function instanceItem(ctx: RecorderContext, s: InstanceSpec): ConfigItem {
  const zone = s.availabilityZone ?? `${ctx.region}a`;
  const privateDns = `ip-${s.privateIp.replace(/\./g, '-')}.${ctx.region}.compute.internal`;
  return configItem(ctx, {
    resourceType: 'AWS::EC2::Instance',
    resourceId: s.instanceId,
    arn: `arn:aws:ec2:${ctx.region}:${ctx.account}:instance/${s.instanceId}`,
    availabilityZone: zone,
    tags: s.tags,
    relationships: [
      VPC_REL(s.vpcId),
      { resourceType: 'AWS::EC2::Subnet', resourceId: s.subnetId, name: 'Is contained in Subnet' },
      ...s.securityGroups.map((g) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: g.groupId,
        name: 'Is associated with SecurityGroup',
      })),
    ],
    configuration: {
      amiLaunchIndex: 0,
      imageId: s.imageId,
      instanceId: s.instanceId,
      instanceType: s.instanceType,
      launchTime: CREATED_AT,
      monitoring: { state: s.monitoring ? 'enabled' : 'disabled' },
      placement: { availabilityZone: zone, groupName: '', tenancy: 'default' },
      privateDnsName: privateDns,
      privateIpAddress: s.privateIp,
      productCodes: [],
      publicDnsName: '',
      state: { code: 16, name: 'running' },
      stateTransitionReason: '',
      subnetId: s.subnetId,
      vpcId: s.vpcId,
      architecture: 'x86_64',
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          ebs: {
            attachTime: CREATED_AT,
            deleteOnTermination: true,
            status: 'attached',
            volumeId: `vol-0${ctx.ids.hex(16)}`,
          },
        },
      ],
      clientToken: ctx.ids.uuid(),
      ebsOptimized: false,
      enaSupport: true,
      hypervisor: 'xen',
      ...(s.profileArn ? { iamInstanceProfile: { arn: s.profileArn, id: `AIPA${ctx.ids.upper(17)}` } } : {}),
      networkInterfaces: [
        {
          attachment: {
            attachTime: CREATED_AT,
            attachmentId: `eni-attach-0${ctx.ids.hex(16)}`,
            deleteOnTermination: true,
            deviceIndex: 0,
            status: 'attached',
            networkCardIndex: 0,
          },
          description: '',
          groups: s.securityGroups,
          ipv6Addresses: [],
          macAddress: '06:1f:9c:4a:2e:71',
          networkInterfaceId: s.eni,
          ownerId: ctx.account,
          privateDnsName: privateDns,
          privateIpAddress: s.privateIp,
          privateIpAddresses: [{ primary: true, privateDnsName: privateDns, privateIpAddress: s.privateIp }],
          sourceDestCheck: true,
          status: 'in-use',
          subnetId: s.subnetId,
          vpcId: s.vpcId,
          interfaceType: 'interface',
        },
      ],
      rootDeviceName: '/dev/xvda',
      rootDeviceType: 'ebs',
      securityGroups: s.securityGroups,
      sourceDestCheck: true,
      tags: tagList(s.tags),
      virtualizationType: 'hvm',
      cpuOptions: { coreCount: 1, threadsPerCore: 2 },
      capacityReservationSpecification: { capacityReservationPreference: 'open' },
      hibernationOptions: { configured: false },
      metadataOptions: {
        state: 'applied',
        httpTokens: s.httpTokens,
        httpPutResponseHopLimit: s.hopLimit ?? 1,
        httpEndpoint: 'enabled',
        httpProtocolIpv6: 'disabled',
        instanceMetadataTags: 'disabled',
      },
      enclaveOptions: { enabled: false },
      bootMode: 'uefi-preferred',
      platformDetails: 'Linux/UNIX',
      usageOperation: 'RunInstances',
      privateDnsNameOptions: {
        hostnameType: 'ip-name',
        enableResourceNameDnsARecord: false,
        enableResourceNameDnsAAAARecord: false,
      },
      maintenanceOptions: { autoRecovery: 'default' },
      currentInstanceBootMode: 'legacy-bios',
    },
  });
}

function bucketItem(r: AppliedResource, find: Lookup, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const name = String(a.bucket);
  const sub = (type: string) => find(type, (x) => x.bucket === name)[0]?.attrs;
  const versioning = sub('aws_s3_bucket_versioning');
  const sse = sub('aws_s3_bucket_server_side_encryption_configuration');
  const pab = sub('aws_s3_bucket_public_access_block');
  const logging = sub('aws_s3_bucket_logging');
  const lifecycle = sub('aws_s3_bucket_lifecycle_configuration');
  const policy = sub('aws_s3_bucket_policy');
  const ownerId = 'e7c8bb65a5fc49cf906715eae09de9e4bb7861a96361ba79b833aa45f6833b15';
  const supplementary: Record<string, unknown> = {
    AccessControlList: JSON.stringify({
      grantSet: null,
      grantList: [{ grantee: { id: ownerId, displayName: null }, permission: 'FullControl' }],
      owner: { displayName: null, id: ownerId },
      isRequesterCharged: false,
    }),
    BucketAccelerateConfiguration: { status: null },
    BucketLoggingConfiguration: logging
      ? { destinationBucketName: logging.target_bucket, logFilePrefix: logging.target_prefix }
      : { destinationBucketName: null, logFilePrefix: null },
    BucketNotificationConfiguration: { configurations: {} },
    BucketPolicy: { policyText: policy ? String(policy.policy) : null },
    BucketVersioningConfiguration: {
      status: versioning ? (versioning.versioning_configuration as Attrs[])[0].status : 'Off',
      isMfaDeleteEnabled: null,
    },
    IsRequesterPaysEnabled: false,
    // S3 encrypts every new bucket with SSE-S3 when nothing else is configured.
    ServerSideEncryptionConfiguration: {
      rules: sse
        ? (sse.rule as Attrs[]).map((rule) => {
            const d = (rule.apply_server_side_encryption_by_default as Attrs[])[0];
            return {
              applyServerSideEncryptionByDefault: {
                sseAlgorithm: d.sse_algorithm,
                kmsMasterKeyID: d.kms_master_key_id ?? null,
              },
              bucketKeyEnabled: rule.bucket_key_enabled ?? false,
            };
          })
        : [
            {
              applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256', kmsMasterKeyID: null },
              bucketKeyEnabled: false,
            },
          ],
    },
  };
  if (pab) {
    supplementary.PublicAccessBlockConfiguration = {
      blockPublicAcls: pab.block_public_acls,
      ignorePublicAcls: pab.ignore_public_acls,
      blockPublicPolicy: pab.block_public_policy,
      restrictPublicBuckets: pab.restrict_public_buckets,
    };
  }
  if (lifecycle) {
    supplementary.BucketLifecycleConfiguration = {
      rules: (lifecycle.rule as Attrs[]).map((rule) => {
        // S3 reports unset day counts as -1 and an empty filter as an empty prefix.
        const first = (key: string): Attrs | undefined => (rule[key] as Attrs[] | undefined)?.[0];
        const abort = first('abort_incomplete_multipart_upload');
        return {
          id: rule.id,
          status: rule.status,
          filter: {
            predicate: { type: 'LifecyclePrefixPredicate', prefix: first('filter')?.prefix ?? '' },
          },
          expirationInDays: first('expiration')?.days ?? -1,
          expiredObjectDeleteMarker: first('expiration')?.expired_object_delete_marker ?? false,
          noncurrentVersionExpirationInDays: first('noncurrent_version_expiration')?.noncurrent_days ?? -1,
          abortIncompleteMultipartUpload: abort ? { daysAfterInitiation: abort.days_after_initiation } : null,
          transitions: null,
          noncurrentVersionTransitions: null,
        };
      }),
    };
  }
  return configItem(ctx, {
    resourceType: 'AWS::S3::Bucket',
    resourceId: name,
    resourceName: name,
    arn: String(a.arn),
    availabilityZone: 'Regional',
    tags: (a.tags_all as Record<string, string>) ?? {},
    configuration: { name, owner: { displayName: null, id: ownerId }, creationDate: CREATED_AT },
    supplementaryConfiguration: supplementary,
  });
}

/** IAM stores documents minified and returns them URL-encoded. */
export function iamEncode(document: string): string {
  return encodeURIComponent(JSON.stringify(JSON.parse(document)));
}

function roleItem(r: AppliedResource, find: Lookup, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const tags = (a.tags_all as Record<string, string>) ?? {};
  const profiles = find('aws_iam_instance_profile', (p) => p.role === a.name);
  const roleSummary = {
    path: a.path,
    roleName: a.name,
    roleId: a.unique_id,
    arn: a.arn,
    createDate: CREATED_AT,
    assumeRolePolicyDocument: iamEncode(String(a.assume_role_policy)),
    description: null,
    maxSessionDuration: null,
    permissionsBoundary: null,
    tags: [],
    roleLastUsed: null,
  };
  return configItem(ctx, {
    resourceType: 'AWS::IAM::Role',
    resourceId: String(a.unique_id),
    resourceName: String(a.name),
    arn: String(a.arn),
    awsRegion: 'global',
    tags,
    configuration: {
      path: a.path,
      roleName: a.name,
      roleId: a.unique_id,
      arn: a.arn,
      createDate: CREATED_AT,
      assumeRolePolicyDocument: iamEncode(String(a.assume_role_policy)),
      instanceProfileList: profiles.map((p) => ({
        path: p.attrs.path,
        instanceProfileName: p.attrs.name,
        instanceProfileId: p.attrs.unique_id,
        arn: p.attrs.arn,
        createDate: CREATED_AT,
        roles: [roleSummary],
        tags: [],
      })),
      rolePolicyList: (a.inline_policy as Attrs[]).map((p) => ({
        policyName: p.name,
        policyDocument: iamEncode(String(p.policy)),
      })),
      attachedManagedPolicies: (a.managed_policy_arns as string[]).map((policyArn) => ({
        policyName: policyArn.split('/').pop(),
        policyArn,
      })),
      permissionsBoundary: null,
      tags: tagList(tags),
      roleLastUsed: null,
    },
  });
}

function dbItem(r: AppliedResource, find: Lookup, ctx: RecorderContext): ConfigItem {
  const a = r.attrs;
  const tags = (a.tags_all as Record<string, string>) ?? {};
  const group = find('aws_db_subnet_group', (g) => g.name === a.db_subnet_group_name)[0]?.attrs;
  const subnets = ((group?.subnet_ids as string[]) ?? []).map(
    (s) => find('aws_subnet', (x) => x.id === s)[0]?.attrs,
  );
  const secret = (a.master_user_secret as Attrs[])[0];
  return configItem(ctx, {
    resourceType: 'AWS::RDS::DBInstance',
    resourceId: String(a.resource_id),
    resourceName: String(a.identifier),
    arn: String(a.arn),
    availabilityZone: 'eu-west-1a',
    tags,
    relationships: [
      {
        resourceType: 'AWS::RDS::DBSubnetGroup',
        resourceId: String(a.db_subnet_group_name),
        name: 'Is associated with DBSubnetGroup',
      },
      ...(a.vpc_security_group_ids as string[]).map((sg) => ({
        resourceType: 'AWS::EC2::SecurityGroup',
        resourceId: sg,
        name: 'Is associated with SecurityGroup',
      })),
    ],
    configuration: {
      dBInstanceIdentifier: a.identifier,
      dBInstanceClass: a.instance_class,
      engine: a.engine,
      dBInstanceStatus: 'available',
      masterUsername: a.username,
      endpoint: { address: a.address, port: 5432, hostedZoneId: 'Z29XKXDKYMONMX' },
      allocatedStorage: a.allocated_storage,
      instanceCreateTime: CREATED_AT,
      preferredBackupWindow: a.backup_window,
      backupRetentionPeriod: a.backup_retention_period,
      dBSecurityGroups: [],
      vpcSecurityGroups: (a.vpc_security_group_ids as string[]).map((sg) => ({
        vpcSecurityGroupId: sg,
        status: 'active',
      })),
      dBParameterGroups: [{ dBParameterGroupName: 'default.postgres16', parameterApplyStatus: 'in-sync' }],
      availabilityZone: 'eu-west-1a',
      dBSubnetGroup: {
        dBSubnetGroupName: a.db_subnet_group_name,
        dBSubnetGroupDescription: 'Managed by Terraform',
        vpcId: group?.vpc_id,
        subnetGroupStatus: 'Complete',
        subnets: subnets.map((s) => ({
          subnetIdentifier: s?.id,
          subnetAvailabilityZone: { name: s?.availability_zone },
          subnetStatus: 'Active',
        })),
        dBSubnetGroupArn: null,
      },
      preferredMaintenanceWindow: a.maintenance_window,
      pendingModifiedValues: {
        dBInstanceClass: null,
        allocatedStorage: null,
        masterUserPassword: null,
        port: null,
        backupRetentionPeriod: null,
        multiAZ: null,
        engineVersion: null,
        iops: null,
        storageType: null,
      },
      latestRestorableTime: ctx.captureTime,
      multiAZ: a.multi_az,
      engineVersion: a.engine_version,
      autoMinorVersionUpgrade: a.auto_minor_version_upgrade !== false,
      readReplicaDBInstanceIdentifiers: [],
      readReplicaDBClusterIdentifiers: [],
      licenseModel: 'postgresql-license',
      iops: 3000,
      optionGroupMemberships: [{ optionGroupName: 'default:postgres-16', status: 'in-sync' }],
      secondaryAvailabilityZone: 'eu-west-1b',
      publiclyAccessible: a.publicly_accessible,
      statusInfos: [],
      storageType: a.storage_type,
      dbInstancePort: 0,
      storageEncrypted: a.storage_encrypted,
      kmsKeyId: a.kms_key_id,
      dbiResourceId: a.resource_id,
      cACertificateIdentifier: 'rds-ca-rsa2048-g1',
      domainMemberships: [],
      copyTagsToSnapshot: a.copy_tags_to_snapshot === true,
      monitoringInterval: 0,
      promotionTier: 1,
      dBInstanceArn: a.arn,
      iAMDatabaseAuthenticationEnabled: a.iam_database_authentication_enabled === true,
      performanceInsightsEnabled: a.performance_insights_enabled === true,
      ...(a.performance_insights_enabled === true
        ? {
            performanceInsightsKMSKeyId: a.kms_key_id,
            performanceInsightsRetentionPeriod: a.performance_insights_retention_period ?? 7,
          }
        : {}),
      deletionProtection: a.deletion_protection,
      maxAllocatedStorage: a.max_allocated_storage ?? null,
      enabledCloudwatchLogsExports: a.enabled_cloudwatch_logs_exports ?? [],
      masterUserSecret: { secretArn: secret.secret_arn, secretStatus: 'active', kmsKeyId: secret.kms_key_id },
      tagList: tagList(tags),
    },
    supplementaryConfiguration: { Tags: tagList(tags) },
  });
}

function defaultTopicPolicy(topicArn: string, account: string): object {
  return {
    Version: '2008-10-17',
    Id: '__default_policy_ID',
    Statement: [
      {
        Sid: '__default_statement_ID',
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: [
          'SNS:GetTopicAttributes',
          'SNS:SetTopicAttributes',
          'SNS:AddPermission',
          'SNS:RemovePermission',
          'SNS:DeleteTopic',
          'SNS:Subscribe',
          'SNS:ListSubscriptionsByTopic',
          'SNS:Publish',
        ],
        Resource: topicArn,
        Condition: { StringEquals: { 'AWS:SourceOwner': account } },
      },
    ],
  };
}
