/** The lines at the top of `mig check`'s report: what was checked, and where. */
import type { RevisionMap } from "../graph/mod.ts";
import type { DbUrl } from "../url.ts";
import type { DatabaseInfo } from "./open_database.ts";
import type { StagedScope } from "./staged.ts";

const ENGINES: Readonly<Record<string, string>> = {
  pglite: "PostgreSQL", sqlite: "SQLite", postgresql: "PostgreSQL", mysql: "MySQL", mariadb: "MariaDB",
};

export function describeGraph(map: RevisionMap): string {
  const heads = map.heads().map((h) => h.revision);
  const which = heads.length === 0 ? "no head" : `${heads.length === 1 ? "head" : "heads"} ${heads.join(", ")}`;
  return `Graph: ${map.size} revision${map.size === 1 ? "" : "s"}, ${which}`;
}

export function describeDatabase(info: DatabaseInfo, url: DbUrl): string {
  const name = info.name ? ` ${info.name}` : "";
  const engine = `${ENGINES[info.engine ?? ""] ?? info.engine} ${info.version ?? ""}`.trim();
  const ms = info.connectMs === undefined ? "" : ` in ${info.connectMs} ms`;
  if (info.engine === "pglite") {
    return info.boot === "cache"
      ? `Database${name}: ${engine} in PGlite, not started: no script changed since the cached check`
      : `Database${name}: ${engine} in PGlite (booted from ${info.boot ?? "initdb"}${ms})`;
  }
  if (info.engine === "sqlite") return `Database${name}: ${engine} in memory`;
  return `Database${name}: ${engine} at ${url.masked} (in a scratch database${ms})`;
}

export function describeCached(cached: { steps: number; through: string }): string {
  return `Cache: ${cached.steps} revision${cached.steps === 1 ? "" : "s"} up to ${cached.through} taken as the last clean check left them; only later ones run (--full runs all)`;
}

export function describeRun(result: { stepped: number; complete: boolean }): string {
  const each = `${result.stepped} revision${result.stepped === 1 ? "" : "s"} upgraded, downgraded and upgraded again`;
  return `Stairway: ${each}${result.complete ? "" : " (stopped early)"}`;
}

export function describeScope(scope: StagedScope): string {
  switch (scope.kind) {
    case "none":
      return "Staged: no migration scripts; graph lint only";
    case "all":
      return `Staged: ${scope.reason}; checking every revision`;
    case "revisions":
      return `Staged: ${scope.changed.join(", ")} (${scope.focus.size} revision(s) to step through)`;
  }
}
