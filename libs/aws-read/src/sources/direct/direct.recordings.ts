// Direct-read responses in the shapes of the API references: IAM GetAccountPasswordPolicy (`PasswordPolicy` with
// its ten members), Organizations DescribeOrganization / ListRoots / ListAWSServiceAccessForOrganization, and Config
// DescribeDeliveryChannels.
import type { GetAccountPasswordPolicyCommandOutput } from '@aws-sdk/client-iam';
import type {
  DescribeOrganizationCommandOutput,
  ListAWSServiceAccessForOrganizationCommandOutput,
  ListRootsCommandOutput,
} from '@aws-sdk/client-organizations';
import type { DescribeDeliveryChannelsCommandOutput } from '@aws-sdk/client-config-service';

const metadata = { httpStatusCode: 200, requestId: '7a62c49f-347e-4fc4-9331-6e8eEXAMPLE', attempts: 1 };
export const MANAGEMENT = '111111111111';
export const MEMBER = '222222222222';

export const passwordPolicy: GetAccountPasswordPolicyCommandOutput = {
  $metadata: metadata,
  PasswordPolicy: {
    MinimumPasswordLength: 14,
    RequireSymbols: true,
    RequireNumbers: true,
    RequireUppercaseCharacters: true,
    RequireLowercaseCharacters: true,
    AllowUsersToChangePassword: true,
    ExpirePasswords: true,
    MaxPasswordAge: 90,
    PasswordReusePrevention: 24,
    HardExpiry: false,
  },
};

export const organization: DescribeOrganizationCommandOutput = {
  $metadata: metadata,
  Organization: {
    Id: 'o-exampleorgid',
    Arn: `arn:aws:organizations::${MANAGEMENT}:organization/o-exampleorgid`,
    FeatureSet: 'ALL',
    MasterAccountArn: `arn:aws:organizations::${MANAGEMENT}:account/o-exampleorgid/${MANAGEMENT}`,
    MasterAccountId: MANAGEMENT,
    MasterAccountEmail: 'bill@example.com',
    AvailablePolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
  },
};

export function rootsPage(nextToken?: string): ListRootsCommandOutput {
  return {
    $metadata: metadata,
    Roots: [
      {
        Id: 'r-examplerootid111',
        Arn: `arn:aws:organizations::${MANAGEMENT}:root/o-exampleorgid/r-examplerootid111`,
        Name: 'Root',
        PolicyTypes: [{ Type: 'SERVICE_CONTROL_POLICY', Status: 'ENABLED' }],
      },
    ],
    NextToken: nextToken,
  };
}

export const serviceAccess: ListAWSServiceAccessForOrganizationCommandOutput = {
  $metadata: metadata,
  EnabledServicePrincipals: [
    { ServicePrincipal: 'config.amazonaws.com', DateEnabled: new Date('2026-03-01T09:30:00Z') },
    { ServicePrincipal: 'cloudtrail.amazonaws.com', DateEnabled: new Date('2026-03-01T09:31:00Z') },
  ],
};

export const deliveryChannels: DescribeDeliveryChannelsCommandOutput = {
  $metadata: metadata,
  DeliveryChannels: [
    {
      name: 'default',
      s3BucketName: 'config-bucket-123456789012',
      snsTopicARN: 'arn:aws:sns:eu-west-1:123456789012:config-topic',
      configSnapshotDeliveryProperties: { deliveryFrequency: 'TwentyFour_Hours' },
    },
  ],
};
