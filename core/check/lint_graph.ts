/**
 * The graph half of `mig check`, no database needed: every unreadable header, duplicate
 * and dangling revision, the head count (or the heads mig.toml names), and scripts
 * missing their migration functions. Returns the map when one could be built.
 */
import * as fs from "node:fs";
import type { MigConfig } from "../config/config.ts";
import { RevisionError, ScriptError } from "../errors.ts";
import { RevisionMap } from "../graph/mod.ts";
import { readHeadersTolerant } from "../script/read_headers_tolerant.ts";
import type { RevisionHeader } from "../script/revision_header.ts";
import { scriptExports } from "../script/script_exports.ts";
import { checkHeads } from "./lint_heads.ts";
import { type Finding, finding } from "./finding.ts";

export interface GraphLint {
  readonly map: RevisionMap | undefined;
  readonly findings: readonly Finding[];
  /** Revisions whose scripts have no downgrade: the stairway cannot go below them. */
  readonly withoutDowngrade: ReadonlySet<string>;
  /** Nothing but the head count is wrong, so the scripts can be run. */
  readonly runnable: boolean;
}

/** Head-count findings leave the graph runnable (upgrade to `heads` still works). */
const HEAD_KINDS: ReadonlySet<string> = new Set(["multiple-heads", "unexpected-heads"]);

export function lintGraph(config: MigConfig): GraphLint {
  config.requireScriptLocation();
  const scan = readHeadersTolerant(config.versionLocations);
  const findings: Finding[] = scan.problems.map((problem) =>
    finding({
      kind: "unreadable-header",
      message: problem.message,
      ...(problem.path ? { file: problem.path } : {}),
      ...(problem.line ? { line: problem.line } : {}),
    })
  );
  const withoutDowngrade = new Set<string>();
  for (const header of scan.headers) findings.push(...lintExports(header, withoutDowngrade));
  let map: RevisionMap | undefined;
  try {
    map = new RevisionMap(scan.headers);
  } catch (error) {
    if (!(error instanceof RevisionError)) throw error;
    findings.push(brokenGraph(error, scan.headers));
  }
  if (map) {
    findings.push(...map.warnings.map((warning) => warningFinding(warning, scan.headers)));
    findings.push(...checkHeads(map, config.heads));
  }
  const runnable = map !== undefined && findings.every((f) => f.severity !== "error" || HEAD_KINDS.has(f.kind));
  return { map, findings, withoutDowngrade, runnable };
}

function lintExports(header: RevisionHeader, withoutDowngrade: Set<string>): Finding[] {
  const where = { revision: header.revision, file: header.path };
  let exports;
  try {
    exports = scriptExports(header.path, fs.readFileSync(header.path, "utf8"));
  } catch (error) {
    if (!(error instanceof ScriptError)) throw error;
    return [finding({ kind: "missing-upgrade", message: error.message, ...where, ...(error.line ? { line: error.line } : {}) })];
  }
  const sql = header.path.endsWith(".sql");
  const out: Finding[] = [];
  if (!exports.upgrade) {
    out.push(finding({ kind: "missing-upgrade", message: `Revision ${header.revision} has no exported upgrade() function`, ...where }));
  }
  if (!exports.downgrade) {
    withoutDowngrade.add(header.revision);
    const what = sql ? "'-- migrate:down' section" : "exported downgrade() function";
    out.push(finding({
      kind: "missing-downgrade",
      severity: "warning",
      message: `Revision ${header.revision} has no ${what}: it cannot be downgraded, so the stairway stops below it`,
      ...where,
    }));
  }
  return out;
}

/** Cycles and the like: name the revisions in the message's parentheses with their files. */
function brokenGraph(error: RevisionError, headers: readonly RevisionHeader[]): Finding {
  const ids = /\(([^)]*)\)/.exec(error.message)?.[1]?.split(",").map((s) => s.trim()) ?? [];
  const files = ids.flatMap((id) => headers.filter((h) => h.revision === id).map((h) => `${id}: ${h.path}`));
  const first = headers.find((h) => h.revision === ids[0]);
  return finding({
    kind: "broken-graph",
    message: error.message,
    ...(first ? { revision: first.revision, file: first.path } : {}),
    ...(files.length > 1 ? { details: files } : {}),
  });
}

/** The map's warnings (Alembic's wording) as findings pointing at the script concerned. */
function warningFinding(warning: string, headers: readonly RevisionHeader[]): Finding {
  const duplicate = /^Revision (\S+) is present more than once$/.exec(warning);
  if (duplicate) {
    const files = headers.filter((h) => h.revision === duplicate[1]).map((h) => h.path);
    return finding({ kind: "duplicate-revision", message: warning, revision: duplicate[1]!, file: files[0]!, details: files });
  }
  const missing = /^Revision (\S+) referenced from (\S+) is not present$/.exec(warning);
  const from = missing ? headers.find((h) => h.revision === missing[2]) : undefined;
  return finding({ kind: "missing-revision", message: warning, ...(from ? { revision: from.revision, file: from.path } : {}) });
}
