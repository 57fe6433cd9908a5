/** Options shared by the commands that run migrations or write them as SQL. */
export interface MigrateCommandOptions {
  /** `--sql`: write the script to stdout instead of connecting. */
  readonly sql?: boolean;
  /** `--tag`: handed to env.ts as `context.tag`. */
  readonly tag?: string;
  /** `--wait`: seconds to keep retrying a database that is not up yet. */
  readonly wait?: number;
}

export function envRunOptions(options: MigrateCommandOptions) {
  return {
    offline: options.sql ?? false,
    ...(options.tag !== undefined ? { tag: options.tag } : {}),
    ...(options.wait ? { waitMs: options.wait * 1000 } : {}),
  };
}
