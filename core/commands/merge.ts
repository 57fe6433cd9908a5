import type { MigConfig } from "../config/config.ts";
import type { Output } from "../output.ts";
import { loadRevisionMap } from "./project.ts";
import { writeScript } from "./write_script.ts";

export interface MergeOptions {
  readonly message?: string;
  readonly branchLabel?: readonly string[];
  readonly revId?: string;
  readonly now?: Date;
}

/** `mig merge -m MSG REV REV...`: a script joining several heads into one. Returns its path. */
export function merge(config: MigConfig, revisions: readonly string[], options: MergeOptions, output: Output): string {
  const map = loadRevisionMap(config, output);
  return writeScript(
    config,
    map,
    {
      message: options.message ?? "empty message",
      head: revisions,
      format: config.scriptFormat,
      ...(options.revId !== undefined ? { revId: options.revId } : {}),
      ...(options.branchLabel ? { branchLabels: options.branchLabel } : {}),
      ...(options.now ? { now: options.now } : {}),
    },
    output,
  );
}
