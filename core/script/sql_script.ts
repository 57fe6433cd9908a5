import { ScriptError } from "../errors.ts";

/** One `-- migrate:up` or `-- migrate:down` section of a SQL revision script. */
export interface SqlSection {
  readonly sql: string;
  /** False for `-- migrate:up transaction:false`: run outside the migration's transaction. */
  readonly transaction: boolean;
  /** 1-based line of the first line of `sql` in the file, to map database errors back. */
  readonly line: number;
}

export interface SqlScript {
  readonly up: SqlSection;
  readonly down: SqlSection | undefined;
}

const MARKER = /^--\s*migrate:(up|down)\b(.*)$/;

export function parseSqlScript(source: string, file: string): SqlScript {
  const lines = source.split("\n");
  const found: Partial<Record<"up" | "down", { start: number; options: string; markerLine: number }>> = {};
  let current: "up" | "down" | undefined;
  const bodies: Record<"up" | "down", string[]> = { up: [], down: [] };
  lines.forEach((line, n) => {
    const m = MARKER.exec(line.trim());
    if (m) {
      const which = m[1] as "up" | "down";
      if (found[which]) throw new ScriptError(`Duplicate '-- migrate:${which}' in ${file}:${n + 1}`, file, n + 1);
      found[which] = { start: n + 2, options: m[2]!.trim(), markerLine: n + 1 };
      current = which;
      return;
    }
    if (current) bodies[current].push(line);
  });
  const up = found.up;
  if (!up) throw new ScriptError(`No '-- migrate:up' section in ${file}`, file);
  const section = (which: "up" | "down"): SqlSection | undefined => {
    const f = found[which];
    if (!f) return undefined;
    const body = bodies[which];
    const leadingBlank = body.findIndex((l) => l.trim() !== "");
    return {
      sql: body.join("\n").trim(),
      transaction: transactionOption(f.options, file, f.markerLine),
      line: f.start + Math.max(leadingBlank, 0),
    };
  };
  return { up: section("up")!, down: section("down") };
}

function transactionOption(options: string, file: string, line: number): boolean {
  if (options === "") return true;
  const m = /^transaction:(true|false)$/.exec(options);
  if (!m) throw new ScriptError(`Unknown option '${options}' in ${file}:${line}; expected transaction:false`, file, line);
  return m[1] === "true";
}
