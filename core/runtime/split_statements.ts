/**
 * A SQL section split into its statements with dbgate-query-splitter (a tokenizer that
 * knows PostgreSQL dollar quotes, MySQL's quoting and DELIMITER, comments and `;` inside
 * strings), so each runs on its own: outside a transaction PostgreSQL would otherwise run
 * a multi-statement query as one implicit transaction (`CREATE INDEX CONCURRENTLY cannot
 * run inside a transaction block`), and a failure names its own statement and line.
 */

import { mysqlSplitterOptions, postgreSplitterOptions, splitQuery, sqliteSplitterOptions } from "dbgate-query-splitter";
import type { DialectName } from "../ops/context.ts";

export interface SqlStatement {
  readonly text: string;
  /** 0-based line of the statement's first character within the section. */
  readonly line: number;
}

const OPTIONS = { postgresql: postgreSplitterOptions, mysql: mysqlSplitterOptions, sqlite: sqliteSplitterOptions } as const;

interface RichStatement {
  readonly text: string;
  readonly trimStart?: { readonly line: number };
  readonly start: { readonly line: number };
}

export function splitStatements(sql: string, dialect: DialectName): SqlStatement[] {
  const parts = splitQuery(sql, { ...OPTIONS[dialect], returnRichInfo: true }) as unknown as RichStatement[];
  return parts
    .filter((p) => !onlyComments(p.text))
    .map((p) => {
      // Leading comment lines are left out, so the line named is the statement's own.
      const lead = /^(?:[ \t]*(?:--[^\n]*)?\n)*/.exec(p.text)![0];
      return { text: p.text.slice(lead.length), line: (p.trimStart ?? p.start).line + lead.split("\n").length - 1 };
    });
}

/** Comment-only text is no statement (MySQL refuses it as an empty query). */
function onlyComments(text: string): boolean {
  return text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/--[^\n]*/g, "").replace(/#[^\n]*/g, "").trim() === "";
}
