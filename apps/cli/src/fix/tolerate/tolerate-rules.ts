// `.driftignore` rules that tolerate one finding, and only that one: its differences by path on its Terraform
// address, or the whole resource when it is deleted or unmanaged.
import type { ResourceResult } from '@groundwork/drift';

/** A dot inside an id or a key is part of it, not a separator. */
function escapeDots(text: string): string {
  return text.replace(/\./g, '\\.');
}

/** The rule path of a difference: list indexes as segments, a tag key's dots escaped. */
function rulePath(path: string): string {
  if (path.startsWith('tags.')) return `tags.${escapeDots(path.slice(5))}`;
  return path.replace(/\[(\d+)\]/g, '.$1');
}

/** The rules, one per difference for a modified resource, one for the resource otherwise. */
export function tolerateRules(finding: ResourceResult): string[] {
  if (finding.address) {
    const [type, ...name] = finding.address.split('.');
    const subject = `${type}.${escapeDots(name.join('.'))}`;
    if (finding.status === 'MODIFIED')
      return [...new Set(finding.differences.map((d) => `${subject}.${rulePath(d.path)}`))];
    return [subject];
  }
  return [`${finding.resourceType}.${escapeDots(finding.resourceId ?? '*')}`];
}
