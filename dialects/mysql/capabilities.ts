/** What MySQL and MariaDB can do. MariaDB adds IF [NOT] EXISTS on columns, indexes and constraints. */

import type { DialectCapabilities } from "../../core/dialect.ts";

export const MYSQL_CAPABILITIES: DialectCapabilities = Object.freeze({
  transactionalDdl: false,
  offlineTransactionBlocks: false,
  supportsAlterColumnType: true,
  supportsComments: true,
  supportsCommentOn: false,
  supportsAlterConstraint: true,
  supportsIfExistsOnColumn: false,
  supportsIfExistsOnIndex: false,
  supportsIfExistsOnConstraint: false,
  supportsPartialIndex: false,
  supportsNativeEnum: false,
  // MySQL checks foreign keys immediately; DEFERRABLE is dropped rather than rejected.
  supportsDeferrable: false,
  supportsDeferrableUnique: false,
  dropIndexNeedsTable: true,
  scratchSchemaOnSearchPath: false,
  recreateNeedsForeignKeysOff: false,
});

export const MARIADB_CAPABILITIES: DialectCapabilities = Object.freeze({
  ...MYSQL_CAPABILITIES,
  supportsIfExistsOnColumn: true,
  supportsIfExistsOnIndex: true,
  supportsIfExistsOnConstraint: true,
});
