import { cloudControlItem, engineFor } from '../fixtures/harness';

const app = {
  resources: {
    aws_cloudfront_origin_access_control: {
      site: {
        name: 'site-c8df65e4',
        description: 'Signed requests to the site bucket',
        origin_access_control_origin_type: 's3',
        signing_behavior: 'always',
        signing_protocol: 'sigv4',
      },
    },
  },
  state: { 'aws_cloudfront_origin_access_control.site': { id: 'E2QWRUHAPOMQZL' } },
};

const oac = (config: Record<string, unknown> = {}) =>
  cloudControlItem('AWS::CloudFront::OriginAccessControl', 'E2QWRUHAPOMQZL', {
    Id: 'E2QWRUHAPOMQZL',
    OriginAccessControlConfig: {
      Name: 'site-c8df65e4',
      Description: 'Signed requests to the site bucket',
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
      ...config,
    },
  });

describe('AWS::CloudFront::OriginAccessControl adapter (Cloud Control)', () => {
  const engine = engineFor({ app });

  it('is in sync, and reports signing turned to "no-override"', () => {
    expect(engine.checkItem(oac()).status).toBe('IN_SYNC');
    expect(engine.checkItem(oac({ SigningBehavior: 'no-override' })).differences).toEqual([
      { path: 'signing_behavior', expected: 'always', actual: 'no-override', type: 'NOT_EQUAL' },
    ]);
  });
});
