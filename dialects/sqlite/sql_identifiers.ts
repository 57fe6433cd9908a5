/**
 * Column names inside stored SQL text (CHECK conditions, expression and partial index
 * definitions), found with the same tokenizer that reads CREATE TABLE, so string literals
 * and comments are never touched. A name followed by "(" is a function call, not a column.
 */

import { identifier, tokenize } from "./parse_create_table.ts";

function columnTokens(sql: string, column: string) {
  const tokens = tokenize(sql);
  const wanted = column.toLowerCase();
  return tokens.filter((tok, i) =>
    !tok.text.startsWith("'") && identifier(tok.text).toLowerCase() === wanted && tokens[i + 1]?.text !== "(" &&
    tokens[i - 1]?.text !== "."
  );
}

/** Whether the SQL text names the column. */
export function mentionsColumn(sql: string, column: string): boolean {
  return columnTokens(sql, column).length > 0;
}

/** The SQL text with the column renamed (the new name already quoted as needed). */
export function renameColumnInSql(sql: string, column: string, quotedNewName: string): string {
  let out = "";
  let at = 0;
  for (const tok of columnTokens(sql, column)) {
    out += sql.slice(at, tok.start) + quotedNewName;
    at = tok.end;
  }
  return out + sql.slice(at);
}
