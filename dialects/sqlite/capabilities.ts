/** What SQLite can do: little ALTER beyond ADD/DROP/RENAME COLUMN; the rest goes through batchAlterTable. */

import type { DialectCapabilities } from "../../core/dialect.ts";

export const SQLITE_CAPABILITIES: DialectCapabilities = Object.freeze({
  transactionalDdl: true,
  offlineTransactionBlocks: false,
  supportsAlterColumnType: false,
  supportsComments: false,
  supportsCommentOn: false,
  supportsAlterConstraint: false,
  supportsIfExistsOnColumn: false,
  supportsIfExistsOnIndex: true,
  supportsIfExistsOnConstraint: false,
  supportsPartialIndex: true,
  supportsNativeEnum: false,
  supportsDeferrable: true,
  supportsDeferrableUnique: false,
  dropIndexNeedsTable: false,
  scratchSchemaOnSearchPath: false,
  recreateNeedsForeignKeysOff: true,
});
