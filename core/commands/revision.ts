import type { MigConfig } from "../config/config.ts";
import type { Output } from "../output.ts";
import { loadRevisionMap } from "./project.ts";
import { writeScript } from "./write_script.ts";

export interface RevisionOptions {
  readonly message?: string;
  /** Write a `.sql` script instead of the project's default format. */
  readonly sql?: boolean;
  readonly head?: string;
  readonly splice?: boolean;
  readonly branchLabel?: readonly string[];
  readonly versionPath?: string;
  readonly revId?: string;
  readonly dependsOn?: readonly string[];
  readonly now?: Date;
}

/** `mig revision -m MSG`: a new script on top of the current head. Returns its path. */
export function revision(config: MigConfig, options: RevisionOptions, output: Output): string {
  const map = loadRevisionMap(config, output);
  return writeScript(
    config,
    map,
    {
      message: options.message ?? "empty message",
      head: options.head ?? "head",
      format: options.sql ? "sql" : config.scriptFormat,
      ...(options.revId !== undefined ? { revId: options.revId } : {}),
      ...(options.splice ? { splice: true } : {}),
      ...(options.branchLabel ? { branchLabels: options.branchLabel } : {}),
      ...(options.dependsOn ? { dependsOn: options.dependsOn } : {}),
      ...(options.versionPath !== undefined ? { versionPath: options.versionPath } : {}),
      ...(options.now ? { now: options.now } : {}),
    },
    output,
  );
}
