import type { DataSourceReader } from './data-source';

/** A public SSM parameter: an AMI id for the `/ami-` parameters (latest Amazon Linux), else a plain value. */
export const readSsmParameter: DataSourceReader = (_name, v, ctx) => {
  const value = String(v.name).includes('/ami-') ? `ami-0${ctx.ids.hex(16)}` : `simulated-${ctx.ids.hex(8)}`;
  return {
    ...v,
    id: v.name,
    arn: `arn:aws:ssm:${ctx.region}::parameter${v.name}`,
    type: 'String',
    value,
    insecure_value: value,
    version: 1,
    with_decryption: true,
  };
};
