/** The ARN of an AWS-managed policy, e.g. `awsManagedPolicyArn('ReadOnlyAccess')`. */
export function awsManagedPolicyArn(name: string, partition = 'aws'): string {
  return `arn:${partition}:iam::aws:policy/${name}`;
}
