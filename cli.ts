#!/usr/bin/env bun
/**
 * The command line: option parsing only. Every command is one function in core/commands/
 * (the same functions mod.ts exports); modules load on demand so `mig --version` stays fast.
 */
import { Command, CommanderError, Option } from "@commander-js/extra-typings";
import { VERSION } from "./core/version.ts";
import { EXIT_USAGE, reportError } from "./core/commands/report_error.ts";
import type { MigConfig } from "./core/config/config.ts";
import { processOutput, type Output } from "./core/output.ts";

const collect = (value: string, previous: string[]) => [...previous, value];

const program = new Command("mig")
  .description("Database migrations in the manner of Alembic, as one native binary")
  .version(VERSION, "--version", "show the version and exit")
  .option("-c, --config <file>", "configuration file (default: ./mig.toml or $MIG_CONFIG)")
  .option("-n, --name <section>", "section of the configuration file to use", "mig")
  .option("-x <key=value>", "additional argument for env.ts (repeatable)", collect, [] as string[])
  .option("--raiseerr", "show the full stack of an error", false)
  .option("-q, --quiet", "do not log to stderr", false)
  .showHelpAfterError("(run mig --help for usage)")
  .exitOverride();

type Globals = ReturnType<typeof program.opts>;

/** Runs one command with its config and output, translating errors once. */
async function run(action: (ctx: { config: () => Promise<MigConfig>; output: Output; globals: Globals }) => unknown) {
  const globals = program.opts();
  const output = processOutput({ quiet: globals.quiet });
  const config = async () => {
    const { loadConfig } = await import("./core/config/load_config.ts");
    const loaded = loadConfig({ file: globals.config, section: globals.name, xArgs: globals.x });
    for (const warning of loaded.warnings) output.log(`WARNING [mig] ${warning}`);
    return loaded;
  };
  try {
    await action({ config, output, globals });
  } catch (error) {
    const { text, status } = reportError(error, { raiseErr: globals.raiseerr });
    process.stderr.write(text + "\n");
    process.exitCode = status;
  }
}

program
  .command("init")
  .description("Initialize a new scripts directory")
  .argument("<directory>", "location of scripts directory")
  .addOption(new Option("-t, --template <name>", "setup template for use with 'init'").default("generic"))
  .action((directory, opts) =>
    run(async ({ output, globals }) => {
      const { init } = await import("./core/commands/init.ts");
      init(directory, { template: opts.template, configFile: globals.config }, output);
    }),
  );

program
  .command("list_templates")
  .description("List available templates")
  .action(() =>
    run(async ({ output }) => {
      const { listTemplates } = await import("./core/commands/list_templates.ts");
      listTemplates(output);
    }),
  );

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // Help and --version exit 0; any other parse failure is a usage error, already printed by commander.
  process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
}
