/**
 * Which migration functions a script provides, found without running it (`mig check`
 * lints projects whose database it cannot reach). TypeScript: an exported `upgrade` /
 * `downgrade` function, const or re-export. SQL: the `-- migrate:down` section.
 */
import { parseSqlScript } from "./sql_script.ts";

export interface ScriptExports {
  readonly upgrade: boolean;
  readonly downgrade: boolean;
}

const declared = (name: string) =>
  new RegExp(
    `^\\s*export\\s+(?:(?:async\\s+)?function\\s*\\*?\\s*${name}\\b|(?:const|let|var)\\s+${name}\\b)` +
      `|^\\s*export\\s*\\{[^}]*\\b${name}\\b[^}]*\\}`,
    "m",
  );

const UPGRADE = declared("upgrade");
const DOWNGRADE = declared("downgrade");

/** Throws ScriptError for a SQL script without its `-- migrate:up` section (as running it would). */
export function scriptExports(file: string, source: string): ScriptExports {
  if (file.endsWith(".sql")) {
    const script = parseSqlScript(source, file);
    return { upgrade: true, downgrade: script.down !== undefined };
  }
  const code = source.replace(/\/\*[\s\S]*?\*\//g, "");
  return { upgrade: UPGRADE.test(code), downgrade: DOWNGRADE.test(code) };
}
