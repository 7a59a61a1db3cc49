// AWS::CloudFront::OriginAccessControl (not recorded here).
import type { SimulatedType } from './simulated-type';

export const cloudFrontOriginAccessControl: SimulatedType = {
  awsType: 'AWS::CloudFront::OriginAccessControl',
  terraformTypes: {
    aws_cloudfront_origin_access_control: {
      computed: (_v, ctx) => {
        const { ids } = ctx;
        return { id: `E${ids.upper(13)}`, etag: `E${ids.upper(13)}` };
      },
    },
  },
};
