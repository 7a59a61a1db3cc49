/** cdktf's property name for a Terraform argument: `cidr_blocks` → `cidrBlocks`. */
export function propertyName(argument: string): string {
  return argument.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
}
