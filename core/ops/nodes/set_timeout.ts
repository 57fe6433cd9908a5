/** `op.setLockTimeout(d)` / `op.setStatementTimeout(d)`: how long the migration's statements may wait or run. */

import type { Duration } from "../duration.ts";
import { makeNode, type NodeBase, type Props } from "./node.ts";

export interface SetTimeoutNode extends NodeBase<"setTimeout"> {
  readonly timeout: "lock" | "statement";
  readonly duration: Duration;
  /**
   * "transaction" ends with the migration's transaction (PostgreSQL SET LOCAL); inside
   * `op.autocommitBlock` there is none, so the setting holds for the session.
   */
  readonly scope: "transaction" | "session";
}

export function setTimeoutNode(props: Props<SetTimeoutNode>): SetTimeoutNode {
  return makeNode("setTimeout", props);
}
