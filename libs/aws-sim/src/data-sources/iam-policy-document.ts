// aws_iam_policy_document, rendered by core's one renderer: byte for byte as the AWS provider renders it.
import { renderPolicyDocument } from '@groundwork/core';
import type { DataSourceReader } from './data-source';

function hashCode(s: string): number {
  let h = 0;
  for (const c of s) h = (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0;
  return h;
}

export const readPolicyDocument: DataSourceReader = (name, v) => {
  // The data source's arguments are resolved before it is read, so the renderer always knows them all.
  const rendered = renderPolicyDocument(v);
  if (rendered === undefined)
    throw new Error(`data.aws_iam_policy_document.${name}: an argument is not known`);
  return {
    ...v,
    id: String(hashCode(rendered.json)),
    json: rendered.json,
    minified_json: rendered.minifiedJson,
  };
};
