/**
 * What a DDL statement does, read from its text: the facts the lint rules judge. One
 * statement may hold several (ALTER TABLE with a list of actions). Table names are as a
 * label prints them: unquoted, lower-cased unless quoted, without `public.`.
 */

export type Shape =
  | { readonly kind: "createIndex"; readonly table: string; readonly name?: string; readonly concurrently: boolean; readonly unique: boolean }
  | { readonly kind: "dropIndex"; readonly names: readonly string[]; readonly concurrently: boolean }
  | { readonly kind: "reindex"; readonly concurrently: boolean; readonly target: string }
  | { readonly kind: "createTable"; readonly table: string; readonly references: readonly string[] }
  | { readonly kind: "dropTable"; readonly tables: readonly string[] }
  | { readonly kind: "dropSchema"; readonly name: string }
  | { readonly kind: "truncate"; readonly tables: readonly string[]; readonly cascade: boolean }
  | { readonly kind: "renameTable"; readonly table: string; readonly to: string }
  | { readonly kind: "renameColumn"; readonly table: string; readonly column: string }
  | { readonly kind: "addColumn"; readonly table: string; readonly column: string; readonly type: string; readonly notNull: boolean; readonly default?: string; readonly generatedStored: boolean; readonly references?: string; readonly identity?: boolean }
  | { readonly kind: "dropColumn"; readonly table: string; readonly column: string }
  | { readonly kind: "alterType"; readonly table: string; readonly column: string; readonly type: string; readonly using?: string }
  | { readonly kind: "setNotNull"; readonly table: string; readonly column: string }
  | { readonly kind: "dropNotNull"; readonly table: string; readonly column: string }
  | { readonly kind: "addForeignKey"; readonly table: string; readonly references: string; readonly notValid: boolean; readonly name?: string }
  | { readonly kind: "addCheck"; readonly table: string; readonly notValid: boolean; readonly name?: string; readonly expression: string }
  | { readonly kind: "addUnique"; readonly table: string; readonly primaryKey: boolean; readonly usingIndex: boolean; readonly name?: string }
  | { readonly kind: "validateConstraint"; readonly table: string; readonly name: string }
  | { readonly kind: "alterTableOther"; readonly table: string; readonly action: string }
  | { readonly kind: "enumAddValue"; readonly type: string }
  | { readonly kind: "enumRenameValue"; readonly type: string }
  | { readonly kind: "detachPartition"; readonly table: string; readonly concurrently: boolean }
  | { readonly kind: "setLockTimeout"; readonly value: string }
  | { readonly kind: "dml"; readonly verb: string }
  /** MySQL/MariaDB: an ALTER TABLE the server can only do by copying the table (ALGORITHM=COPY). */
  | { readonly kind: "copyAlter"; readonly table: string; readonly reason: string }
  /** MySQL/MariaDB: MODIFY/CHANGE of a column's definition (COPY unless the type keeps its storage). */
  | { readonly kind: "modifyColumn"; readonly table: string; readonly column: string; readonly type: string }
  /** SQLite: a table recreated and its rows copied (batch "move and copy"). */
  | { readonly kind: "tableRebuild"; readonly table: string }
  | { readonly kind: "other" };

export type ShapeKind = Shape["kind"];
export type ShapeOf<K extends ShapeKind> = Extract<Shape, { kind: K }>;

/** The table a shape acts on, if one. */
export function shapeTable(shape: Shape): string | undefined {
  return "table" in shape ? shape.table : undefined;
}
