export { isAccountId, parseArn, type Arn } from './arn';
export { IAC_ADDRESS_TAG, IAC_STACK_TAG } from './iac-tags';
export { Ipv4Cidr } from './ipv4-cidr';
export { asList, blocks, isRecord } from './json-value';
export { describeWholeNumber, isWholeNumberIn, requireWholeNumber, wholeNumberProblem } from './whole-number';
export type { WholeNumberRange } from './whole-number';
