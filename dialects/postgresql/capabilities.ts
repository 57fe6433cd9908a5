/** What PostgreSQL can do; the runner and the shared compiler read these instead of the dialect name. */

import type { DialectCapabilities } from "../../core/dialect.ts";

export const POSTGRESQL_CAPABILITIES: DialectCapabilities = Object.freeze({
  transactionalDdl: true,
  offlineTransactionBlocks: true,
  supportsAlterColumnType: true,
  supportsComments: true,
  supportsCommentOn: true,
  supportsAlterConstraint: true,
  supportsIfExistsOnColumn: true,
  supportsIfExistsOnIndex: true,
  supportsIfExistsOnConstraint: true,
  supportsPartialIndex: true,
  supportsNativeEnum: true,
  supportsDeferrable: true,
  supportsDeferrableUnique: true,
  dropIndexNeedsTable: false,
  scratchSchemaOnSearchPath: true,
  recreateNeedsForeignKeysOff: false,
});
