import * as path from "node:path";
import Mustache from "mustache";

/** What a new revision script is made of, before it is rendered into its template. */
export interface NewScript {
  readonly revision: string;
  readonly message: string;
  readonly downRevisions: readonly string[];
  readonly branchLabels: readonly string[];
  readonly dependsOn: readonly string[];
  readonly createDate: Date;
  readonly timezone?: string;
  /** Body lines of upgrade()/downgrade() (autogenerate fills them; empty otherwise). */
  readonly upgrades?: string;
  readonly downgrades?: string;
  /** Autogenerate's notes, appended to the doc comment of a TypeScript script. */
  readonly notes?: readonly string[];
  /** SQL scripts: ` transaction:false` after a section marker whose statements must run outside a transaction. */
  readonly upOptions?: string;
  readonly downOptions?: string;
}

const SLUG_WORD = /[\p{L}\p{N}_]+/gu;

/** Alembic's slug: the message's words joined by `_`, lowercased, cut back to a word boundary. */
export function slugify(message: string, maxLength: number): string {
  let slug = (message.match(SLUG_WORD) ?? []).join("_").toLowerCase();
  if (slug.length > maxLength) {
    const cut = slug.slice(0, maxLength);
    const boundary = cut.lastIndexOf("_");
    slug = (boundary >= 0 ? cut.slice(0, boundary) : cut) + "_";
  }
  return slug;
}

/** Wall-clock parts of `date` in `timezone` (IANA name) or local time, plus the UTC offset. */
export function dateParts(date: Date, timezone?: string) {
  if (!timezone) {
    const offsetMinutes = -date.getTimezoneOffset();
    return {
      year: date.getFullYear(),
      month: date.getMonth() + 1,
      day: date.getDate(),
      hour: date.getHours(),
      minute: date.getMinutes(),
      second: date.getSeconds(),
      offsetMinutes,
    };
  }
  const f = new Intl.DateTimeFormat("en-US", {
    timeZone: timezone,
    hourCycle: "h23",
    year: "numeric",
    month: "numeric",
    day: "numeric",
    hour: "numeric",
    minute: "numeric",
    second: "numeric",
  });
  const get = (type: string) => Number(f.formatToParts(date).find((p) => p.type === type)!.value);
  const parts = {
    year: get("year"),
    month: get("month"),
    day: get("day"),
    hour: get("hour"),
    minute: get("minute"),
    second: get("second"),
  };
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  return { ...parts, offsetMinutes };
}

const pad = (n: number) => String(n).padStart(2, "0");

/** `2026-11-21 10:00:00`, with the UTC offset appended when a timezone is configured, as Alembic does. */
export function formatCreateDate(date: Date, timezone?: string): string {
  const p = dateParts(date, timezone);
  const base = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  if (!timezone) return base;
  const sign = p.offsetMinutes < 0 ? "-" : "+";
  const abs = Math.abs(p.offsetMinutes);
  return `${base}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The file name (without directory) for a new script, from `file_template`. */
export function scriptFileName(
  script: NewScript,
  options: { fileTemplate: string; truncateSlugLength: number; extension: "ts" | "sql" },
): string {
  const p = dateParts(script.createDate, script.timezone);
  const tokens: Record<string, string> = {
    rev: script.revision,
    slug: slugify(script.message, options.truncateSlugLength),
    epoch: String(Math.floor(script.createDate.getTime() / 1000)),
    year: String(p.year),
    month: pad(p.month),
    day: pad(p.day),
    hour: pad(p.hour),
    minute: pad(p.minute),
    second: pad(p.second),
  };
  const name = options.fileTemplate.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, token: string) => tokens[token] ?? m);
  return `${name}.${options.extension}`;
}

/** Renders a script template (`script.ts.mustache` / `script.sql.mustache`) for a new revision. */
export function renderScript(template: string, script: NewScript): string {
  const array = (ids: readonly string[]) => `[${ids.map((id) => JSON.stringify(id)).join(", ")}]`;
  const scalarOrList = (ids: readonly string[]) =>
    ids.length === 0 ? "null" : ids.length === 1 ? JSON.stringify(ids[0]) : array(ids);
  const list = (ids: readonly string[]) => (ids.length === 0 ? "null" : array(ids));
  const view = {
    message: script.message,
    docMessage: [script.message, ...notesBlock(script.notes)].join("\n").replaceAll("*/", "*\\/").split("\n").join("\n * "),
    revision: script.revision,
    revises: script.downRevisions.join(", ") || "None",
    createDate: formatCreateDate(script.createDate, script.timezone),
    revisionLiteral: JSON.stringify(script.revision),
    downRevisionLiteral: scalarOrList(script.downRevisions),
    branchLabelsLiteral: list(script.branchLabels),
    dependsOnLiteral: list(script.dependsOn),
    downRevisionList: script.downRevisions.join(", ") || "None",
    branchLabelList: script.branchLabels.join(", "),
    dependsOnList: script.dependsOn.join(", "),
    upgrades: script.upgrades ?? "",
    upOptions: script.upOptions ?? "",
    downOptions: script.downOptions ?? "",
    downgrades: script.downgrades ?? "",
  };
  // Scripts are code, not HTML: no escaping.
  return Mustache.render(template, view, {}, { escape: (s: string) => s });
}

function notesBlock(notes: readonly string[] | undefined): string[] {
  if (!notes?.length) return [];
  return ["", "Autogenerate could not express or verify (check by hand):", ...notes.map((n) => `- ${n}`)];
}

export function extensionOf(file: string): "ts" | "sql" {
  return path.extname(file) === ".sql" ? "sql" : "ts";
}
