/**
 * Which revisions the lint judges: from `lint_since` on (that revision and everything
 * built on it; older ones were deployed before the rules applied), and with
 * `--staged` only the revisions the commit changes.
 */
import type { RevisionMap } from "../../graph/mod.ts";
import { ConfigError, RevisionError } from "../../errors.ts";
import { descendants } from "../staged.ts";

export function judgedRevisions(map: RevisionMap, init: { since?: string; staged?: readonly string[] }): (revision: string) => boolean {
  let since: ReadonlySet<string> | undefined;
  if (init.since !== undefined) {
    let found;
    try {
      found = map.resolve(init.since);
    } catch (error) {
      if (!(error instanceof RevisionError)) throw error;
    }
    if (!found) throw new ConfigError(`Key 'lint_since' names no revision: '${init.since}'`);
    since = descendants(map, [found.revision]);
  }
  const staged = init.staged ? new Set(init.staged) : undefined;
  return (revision) => (since === undefined || since.has(revision)) && (staged === undefined || staged.has(revision));
}
