// AWS managed CloudFront policies: the ids are the same in every account.
import type { DataSourceReader } from './data-source';

const MANAGED_CACHE_POLICIES: Readonly<Record<string, string>> = {
  'Managed-CachingOptimized': '658327ea-f89d-4fab-a63d-7e88639e58f6',
  'Managed-CachingDisabled': '4135ea2d-6df8-44a3-9df3-4b5a84be39ad',
};
const MANAGED_RESPONSE_HEADERS_POLICIES: Readonly<Record<string, string>> = {
  'Managed-SecurityHeadersPolicy': '67f7725c-6f97-4210-82d7-5512b31e9d03',
  'Managed-SimpleCORS': '60669652-455b-4ae9-85a4-c4c02393f86c',
};

export const readCachePolicy: DataSourceReader = (_name, v, ctx) => ({
  ...v,
  id: MANAGED_CACHE_POLICIES[String(v.name)] ?? ctx.ids.uuid(),
  etag: ctx.ids.upper(14),
});

export const readResponseHeadersPolicy: DataSourceReader = (_name, v, ctx) => ({
  ...v,
  id: MANAGED_RESPONSE_HEADERS_POLICIES[String(v.name)] ?? ctx.ids.uuid(),
  etag: ctx.ids.upper(14),
});
