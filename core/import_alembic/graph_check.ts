/**
 * The imported revisions must form a graph mig (and Alembic) can walk: no cycle, no
 * self-loop, no branch label used twice. Checked before anything is written.
 */
import { RevisionMap } from "../graph/mod.ts";
import { RevisionError } from "../errors.ts";
import type { AlembicHeader } from "./header.ts";
import { AlembicInputError } from "./input_error.ts";

export function checkGraph(scripts: readonly { header: AlembicHeader; path: string }[]): void {
  try {
    new RevisionMap(scripts.map(({ header, path }) => ({
      revision: header.revision,
      downRevisions: header.downRevisions,
      branchLabels: header.branchLabels,
      dependsOn: header.dependsOn,
      message: header.message,
      doc: header.doc,
      path,
    })));
  } catch (error) {
    if (error instanceof RevisionError) throw new AlembicInputError(error.message);
    throw error;
  }
}
