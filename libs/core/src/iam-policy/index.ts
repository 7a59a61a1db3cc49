export type { PolicyCondition, PolicyDocument, PolicyPrincipal, PolicyStatement } from './policy-document';
export { parsePolicyDocument, readPolicyJson } from './parse-policy-document';
export { PolicyDocumentError, renderPolicyDocument } from './render-policy-document';
export type { RenderedPolicyDocument, ResolveArgument } from './render-policy-document';
