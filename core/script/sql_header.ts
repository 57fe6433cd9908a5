import { ScriptError } from "../errors.ts";

/**
 * SQL revision scripts carry their header in `-- key: value` comments before the first
 * `-- migrate:` marker (dbmate's section markers, Alembic's header fields).
 */
export interface SqlHeader {
  revision?: string;
  downRevisions: string[];
  branchLabels: string[];
  dependsOn: string[];
  message: string;
  createDate?: string;
}

const LIST_KEYS: Record<string, "downRevisions" | "branchLabels" | "dependsOn"> = {
  down_revision: "downRevisions",
  branch_labels: "branchLabels",
  depends_on: "dependsOn",
};

export function readSqlHeader(source: string, file: string): SqlHeader {
  const header: SqlHeader = { downRevisions: [], branchLabels: [], dependsOn: [], message: "" };
  const lines = source.split("\n");
  const seen = new Map<string, number>();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === "") continue;
    if (!line.startsWith("--")) break;
    const m = /^--\s*([a-z_]+)\s*:(.*)$/.exec(line);
    if (!m) continue;
    const key = m[1]!;
    const value = m[2]!.trim();
    if (key === "migrate") break;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new ScriptError(`Header '${key}' appears twice in ${file}: lines ${first} and ${n + 1}`, file, n + 1);
    }
    seen.set(key, n + 1);
    if (key === "revision") header.revision = value;
    else if (key === "message") header.message = value;
    else if (key === "create_date") header.createDate = value;
    else if (key in LIST_KEYS) header[LIST_KEYS[key]!] = parseList(value);
    else {
      throw new ScriptError(
        `Unknown header '${key}' in ${file}:${n + 1}; expected revision, down_revision, branch_labels, depends_on, message or create_date`,
        file,
        n + 1,
      );
    }
  }
  return header;
}

/** `None`, empty, `a`, or `a, b` (Alembic prints tuples as `(a, b)`; accept that too). */
function parseList(value: string): string[] {
  const inner = value.replace(/^\(|\)$/g, "").trim();
  if (inner === "" || inner === "None" || inner === "null") return [];
  return inner
    .split(",")
    .map((s) => s.trim().replace(/^['"]|['"]$/g, ""))
    .filter(Boolean);
}
