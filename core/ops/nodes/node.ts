/** The fields every op node shares, and the one factory all node files use. */

import type { CallSite } from "../call_site.ts";
import { compact, frozen } from "../freeze.ts";

export interface NodeBase<K extends string> {
  readonly kind: K;
  /** Where the user's script called the op (file:line:column), when the stack told us. */
  readonly site?: CallSite;
}

/** Props of a node without its kind tag. */
export type Props<N extends NodeBase<string>> = Omit<N, "kind">;

/** A frozen node with `undefined` options left out. */
export function makeNode<N extends NodeBase<string>>(kind: N["kind"], props: Props<N>): N {
  return frozen(compact({ kind, ...props } as N));
}
