import { Construct } from 'constructs';

/**
 * A readable, stable, account-unique physical name for a construct: its path below the stack joined by "-",
 * cut to fit, plus 8 hex characters of the construct's address so that two paths that cut to the same text
 * still differ. `allowed` lists the characters the target service accepts (others become "-").
 */
export function physicalName(construct: Construct, maxLength: number, allowed = /[A-Za-z0-9-]/): string {
  const hash = construct.node.addr.slice(0, 8);
  const readable = construct.node.scopes
    .slice(2)
    .map((c) => c.node.id)
    .join('-')
    .split('')
    .map((c) => (allowed.test(c) ? c : '-'))
    .join('')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
  const room = maxLength - hash.length - 1;
  const head = readable.slice(0, room).replace(/-+$/, '');
  return head ? `${head}-${hash}` : hash;
}
