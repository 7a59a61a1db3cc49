import type { MockDefaults } from '@groundwork/testing';

/**
 * Mock values for the terraform mock apply that the provider schema cannot suggest: Organizations ids have their
 * own shapes (`r-`, `ou-`, `p-`), and the organization's `roots` block feeds every OU's parent id.
 */
export const PLATFORM_MOCKS: Partial<MockDefaults> = {
  resources: {
    aws_organizations_organizational_unit: { id: 'ou-ab12-abcdefgh' },
    aws_organizations_policy: { id: 'p-abcdefgh' },
    aws_organizations_organization: {
      roots: [
        {
          id: 'r-ab12',
          arn: 'arn:aws:organizations::000000000000:root/o-abcdefghij/r-ab12',
          name: 'Root',
          policy_types: [{ status: 'ENABLED', type: 'SERVICE_CONTROL_POLICY' }],
        },
      ],
    },
  },
};
