import type { Attrs } from '../apply/applied-resource';
import type { DataSourceReader } from './data-source';

/** The stack a remote state reads: cdktf names it `cross-stack-reference-input-<stack>`; else the state key. */
export function remoteStack(name: string, v: Attrs): string {
  const m = /^cross-stack-reference-input-(.+)$/.exec(name);
  if (m) return m[1];
  const key = String((v.config as Attrs | undefined)?.key ?? (v.config as Attrs | undefined)?.path ?? name);
  return key
    .split('/')
    .pop()!
    .replace(/\.tfstate$/, '');
}

/** Another stack's outputs; that stack must be applied first. */
export const readRemoteState: DataSourceReader = (name, v, ctx) => {
  const stack = remoteStack(name, v);
  const outputs = ctx.outputs.get(stack);
  if (!outputs)
    throw new Error(
      `data.terraform_remote_state.${name} reads stack ${stack}, which is not applied before it (apply it too)`,
    );
  return { ...v, outputs, defaults: null };
};
