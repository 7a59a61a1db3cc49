/** IAM stores documents minified and returns them URL-encoded. */
export function iamEncode(document: string): string {
  return encodeURIComponent(JSON.stringify(JSON.parse(document)));
}
