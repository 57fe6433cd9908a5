#!/usr/bin/env bun
/**
 * The command line: option parsing only. Every command is one function in core/commands/
 * (the same functions mod.ts exports); modules load on demand so `mig --version` stays fast.
 */
import { Command, CommanderError, InvalidArgumentError, Option } from "@commander-js/extra-typings";
import { VERSION } from "./core/version.ts";
import { EXIT_USAGE, reportError } from "./core/commands/report_error.ts";
import { UsageError } from "./core/errors.ts";
import type { MigConfig } from "./core/config/config.ts";
import type { MigrateCommandOptions } from "./core/commands/migrate_options.ts";
import type { FleetCommand, FleetRequest } from "./core/fleet/fleet_command.ts";
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
  // One line per usage error, like every other error: commander's hint lines are folded in.
  .configureOutput({ outputError: (text, write) => write(`${usageLine(text)}\n`) })
  .exitOverride();

/** `error: unknown command 'x'\n(Did you mean y?)` -> `mig: error: unknown command 'x' (did you mean y?); run mig --help for usage`. */
function usageLine(text: string): string {
  const [first = "", ...rest] = text.trim().split("\n").map((l) => l.trim()).filter(Boolean);
  const hints = rest.map((l) => ` ${l.replace(/^\(Did/, "(did")}`).join("");
  return `mig: ${first}${hints}; run mig --help for usage`;
}

type Globals = ReturnType<typeof program.opts>;

/** Runs one command with its config and output, translating errors once. */
async function run(
  action: (ctx: { config: () => Promise<MigConfig>; output: Output; globals: Globals }) => unknown,
  needs: { database?: boolean } = {},
) {
  const globals = program.opts();
  const output = processOutput({ quiet: globals.quiet });
  const config = async () => {
    const { loadConfig } = await import("./core/config/load_config.ts");
    const loaded = loadConfig({ file: globals.config, section: globals.name, xArgs: globals.x });
    for (const warning of loaded.warnings) output.log(`WARNING [mig] ${warning}`);
    return loaded;
  };
  try {
    // Registers the dialects and drivers with core/ (drivers themselves load on connect).
    if (needs.database) await import("./dialects/mod.ts");
    await action({ config, output, globals });
  } catch (error) {
    const { text, status } = reportError(error, { raiseErr: globals.raiseerr });
    process.stderr.write(text + "\n");
    process.exitCode = status;
  }
}

const json = () => new Option("--json", "print the result as JSON");
const verbose = () => new Option("-v, --verbose", "use more verbose output");
const sql = () => new Option("--sql", "don't emit SQL to database - dump to standard output instead");
const tag = () => new Option("--tag <tag>", "arbitrary 'tag' name - can be used by custom env.ts scripts");
const wait = () =>
  new Option("--wait [seconds]", "keep retrying until the database is up (default 60 s)").argParser((v) => {
    const seconds = Number(v);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new InvalidArgumentError("expected a number of seconds");
    return seconds;
  });
const seconds = (value: number | true | undefined) => (value === true ? 60 : value);
// The fan-out options of upgrade, downgrade, stamp and current.
const targetsOption = () =>
  new Option("--targets [file]", "run on every database URL listed in FILE (- for stdin), or in mig.toml's targets / targets_command");
const schemasFromOption = () =>
  new Option("--schemas-from <sql>", "run on every PostgreSQL schema the query returns (version table in each schema)");
const jobsOption = () =>
  new Option("--jobs <n>", "databases migrated at once with --targets (default 4)").argParser((v) => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError("expected a whole number of at least 1");
    return n;
  });
const keepGoingOption = () => new Option("--keep-going", "with --targets, keep starting databases after one failed");

program
  .command("init")
  .description("Initialize a new scripts directory")
  .argument("<directory>", "location of scripts directory")
  .addOption(new Option("-t, --template <name>", "setup template for use with 'init'").default("generic"))
  .action((directory, opts) =>
    run(async ({ output, globals }) => {
      const { init } = await import("./core/commands/init.ts");
      init(directory, { template: opts.template, ...(globals.config ? { configFile: globals.config } : {}) }, output);
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

program
  .command("revision")
  .description("Create a new revision file")
  .option("-m, --message <message>", "message string to use with 'revision'")
  .option("--sql", "write a .sql revision script instead of a TypeScript one")
  .option("--head <rev>", "specify head revision or <branchname>@head to base new revision on")
  .option("--splice", "allow a non-head revision as the 'head' to splice onto")
  .option("--branch-label <label>", "specify a branch label to apply to the new revision", collect, [] as string[])
  .option("--version-path <path>", "specify specific path from config for version file")
  .option("--rev-id <id>", "specify a hardcoded revision id instead of generating one")
  .option("--depends-on <rev>", "specify one or more revision identifiers which this revision should depend on", collect, [] as string[])
  .option("--autogenerate", "populate revision script with candidate migration operations, based on comparison of database to the target schema")
  .option("--from-migrations", "with --autogenerate: compare with the migrations replayed in the embedded database instead of the live one")
  .option("--target-schema <file>", "with --autogenerate: the declared schema (.ts module or .sql), instead of target_schema")
  .option("--rename <old=new>", "with --autogenerate: a table (old=new) or column (table.old=table.new) rename", collect, [] as string[])
  .option("--dev-url <url>", "with --autogenerate: a server for the embedded work (a scratch database is made there)")
  .option("--allow-empty", "with --autogenerate: write a script even when nothing differs")
  .option("--strict", "with --autogenerate: write nothing unless the script passes its proof")
  .action((opts) =>
    run(async ({ config, output }) => {
      const options = {
        ...(opts.message !== undefined ? { message: opts.message } : {}),
        sql: opts.sql ?? false,
        ...(opts.head !== undefined ? { head: opts.head } : {}),
        splice: opts.splice ?? false,
        branchLabel: opts.branchLabel,
        ...(opts.versionPath !== undefined ? { versionPath: opts.versionPath } : {}),
        ...(opts.revId !== undefined ? { revId: opts.revId } : {}),
        dependsOn: opts.dependsOn,
      };
      if (!opts.autogenerate) {
        const { revision } = await import("./core/commands/revision.ts");
        revision(await config(), options, output);
        return;
      }
      await import("./dialects/mod.ts");
      const { autogenerateRevision } = await import("./core/commands/autogenerate_revision.ts");
      await autogenerateRevision(await config(), {
        ...options,
        fromMigrations: opts.fromMigrations ?? false,
        rename: opts.rename,
        allowEmpty: opts.allowEmpty ?? false,
        strict: opts.strict ?? false,
        ...(opts.targetSchema !== undefined ? { targetSchema: opts.targetSchema } : {}),
        ...(opts.devUrl !== undefined ? { devUrl: opts.devUrl } : {}),
      }, output);
    }),
  );

program
  .command("merge")
  .description("Merge two revisions together. Creates a new migration file")
  .argument("<revisions...>", "one or more revisions, or 'heads' for all heads")
  .option("-m, --message <message>", "message string to use with 'revision'")
  .option("--branch-label <label>", "specify a branch label to apply to the new revision", collect, [] as string[])
  .option("--rev-id <id>", "specify a hardcoded revision id instead of generating one")
  .action((revisions, opts) =>
    run(async ({ config, output }) => {
      const { merge } = await import("./core/commands/merge.ts");
      merge(await config(), revisions, {
        ...(opts.message !== undefined ? { message: opts.message } : {}),
        branchLabel: opts.branchLabel,
        ...(opts.revId !== undefined ? { revId: opts.revId } : {}),
      }, output);
    }),
  );

program
  .command("upgrade")
  .description("Upgrade to a later version")
  .argument("<revision>", "revision identifier")
  .addOption(sql())
  .addOption(tag())
  .addOption(targetsOption())
  .addOption(schemasFromOption())
  .addOption(jobsOption())
  .addOption(keepGoingOption())
  .addOption(json())
  .addOption(verbose())
  .addOption(wait())
  .action((revision, opts) =>
    run(async ({ config, output }) => {
      const loaded = await config();
      if (await fannedOut(loaded, opts, { name: "upgrade", revision, options: migrateOptions(opts) }, output)) return;
      const { upgrade } = await import("./core/commands/upgrade.ts");
      await upgrade(loaded, revision, migrateOptions(opts), output);
    }, { database: true }),
  );

program
  .command("downgrade")
  .description("Revert to a previous version")
  .argument("<revision>", "revision identifier")
  .addOption(sql())
  .addOption(tag())
  .addOption(targetsOption())
  .addOption(schemasFromOption())
  .addOption(jobsOption())
  .addOption(keepGoingOption())
  .addOption(json())
  .addOption(verbose())
  .addOption(wait())
  .action((revision, opts) =>
    run(async ({ config, output }) => {
      const loaded = await config();
      if (await fannedOut(loaded, opts, { name: "downgrade", revision, options: migrateOptions(opts) }, output)) return;
      const { downgrade } = await import("./core/commands/downgrade.ts");
      await downgrade(loaded, revision, migrateOptions(opts), output);
    }, { database: true }),
  );

program
  .command("stamp")
  .description("'stamp' the revision table with the given revision; don't run any migrations")
  .argument("<revisions...>", "revision identifier(s)")
  .addOption(sql())
  .addOption(tag())
  .option("--purge", "unconditionally erase the version table before stamping")
  .addOption(targetsOption())
  .addOption(schemasFromOption())
  .addOption(jobsOption())
  .addOption(keepGoingOption())
  .addOption(json())
  .addOption(verbose())
  .addOption(wait())
  .action((revisions, opts) =>
    run(async ({ config, output }) => {
      const loaded = await config();
      const options = { ...migrateOptions(opts), purge: opts.purge ?? false };
      if (await fannedOut(loaded, opts, { name: "stamp", revisions, options }, output)) return;
      const { stamp } = await import("./core/commands/stamp.ts");
      await stamp(loaded, revisions, options, output);
    }, { database: true }),
  );

program
  .command("current")
  .description("Display the current revision for a database")
  .addOption(verbose())
  .option("--check-heads", "check if all head revisions are applied to the database; exit with an error if not")
  .addOption(json())
  .addOption(targetsOption())
  .addOption(schemasFromOption())
  .addOption(jobsOption())
  .addOption(keepGoingOption())
  .addOption(wait())
  .action((opts) =>
    run(async ({ config, output }) => {
      const loaded = await config();
      if (await fannedOut(loaded, opts, { name: "current", checkHeads: opts.checkHeads ?? false }, output)) return;
      const { current } = await import("./core/commands/current.ts");
      await current(loaded, {
        verbose: opts.verbose ?? false, checkHeads: opts.checkHeads ?? false, json: opts.json ?? false, ...waitOption(opts.wait),
      }, output);
    }, { database: true }),
  );

program
  .command("history")
  .description("List changeset scripts in chronological order")
  .option("-r, --rev-range <range>", "specify a revision range; format is [start]:[end]")
  .addOption(verbose())
  .option("-i, --indicate-current", "indicate the current revision")
  .addOption(json())
  .action((opts) =>
    run(async ({ config, output }) => {
      const { history } = await import("./core/commands/history.ts");
      await history(await config(), {
        ...(opts.revRange !== undefined ? { range: opts.revRange } : {}),
        verbose: opts.verbose ?? false,
        indicateCurrent: opts.indicateCurrent ?? false,
        json: opts.json ?? false,
      }, output);
      // The database (and so the dialects) only for -i or a range naming `current`.
    }, { database: Boolean(opts.indicateCurrent) || (opts.revRange ?? "").includes("current") }),
  );

program
  .command("heads")
  .description("Show current available heads in the script directory")
  .addOption(verbose())
  .option("--resolve-dependencies", "treat dependency versions as down revisions")
  .addOption(json())
  .action((opts) =>
    run(async ({ config, output }) => {
      const { heads } = await import("./core/commands/heads.ts");
      heads(await config(), { verbose: opts.verbose ?? false, resolveDependencies: opts.resolveDependencies ?? false, json: opts.json ?? false }, output);
    }),
  );

program
  .command("branches")
  .description("Show current branch points")
  .addOption(verbose())
  .addOption(json())
  .action((opts) =>
    run(async ({ config, output }) => {
      const { branches } = await import("./core/commands/branches.ts");
      branches(await config(), { verbose: opts.verbose ?? false, json: opts.json ?? false }, output);
    }),
  );

program
  .command("show")
  .description("Show the revision(s) denoted by the given symbol")
  .argument("<rev>", "revision identifier")
  .addOption(json())
  .action((rev, opts) =>
    run(async ({ config, output }) => {
      const { show } = await import("./core/commands/show.ts");
      await show(await config(), rev, { json: opts.json ?? false }, output);
    }, { database: true }),
  );

program
  .command("edit")
  .description("Edit revision script(s) using $EDITOR")
  .argument("<rev>", "revision identifier")
  .action((rev) =>
    run(async ({ config, output }) => {
      const { edit } = await import("./core/commands/edit.ts");
      await edit(await config(), rev, output);
    }, { database: true }),
  );

program
  .command("ensure_version")
  .description("Create the version table")
  .addOption(sql())
  .addOption(wait())
  .action((opts) =>
    run(async ({ config, output }) => {
      const { ensureVersion } = await import("./core/commands/ensure_version.ts");
      await ensureVersion(await config(), migrateOptions(opts), output);
    }, { database: true }),
  );

program
  .command("wait")
  .description("Wait until the database accepts connections")
  .option("--timeout <seconds>", "give up after this many seconds", "60")
  .action((opts) =>
    run(async ({ config, output }) => {
      const { waitForDatabase } = await import("./core/commands/wait.ts");
      await waitForDatabase(await config(), { seconds: Number(opts.timeout) }, output);
    }, { database: true }),
  );

program
  .command("check")
  .description("Lint the revision graph and dry-run every migration in an embedded database")
  .addOption(json())
  .addOption(verbose())
  .option("--dev-url <url>", "PostgreSQL or MySQL server to dry-run on, in a scratch database created there")
  .option("--dialect <name>", "dialect to check when the url cannot tell: postgresql, mysql, mariadb or sqlite")
  .option("--staged", "check only the revisions the next commit changes, and those building on them")
  .option("--from-dump <file>", "load this schema dump first and start from the revision it is at")
  .option("--from <rev>", "with --from-dump: 'current' (the dump's version table, default) or a revision")
  .option("--install-hook", "write a git pre-commit hook running 'mig check --staged'")
  .option("--force", "with --install-hook: replace a pre-commit hook mig did not write")
  .option("--explain", "print the lock and rewrite of every upgrade statement, not only findings")
  .option("--strict", "warnings fail the check too")
  .option("--no-lint", "skip the lock-aware lint of the upgrades")
  .option("--full", "run every revision, not only those after the last clean check's cached state")
  .addOption(new Option("--format <format>", "findings as gcc lines, GitHub annotations or a GitLab Code Quality report").choices(["gcc", "github", "gitlab"] as const))
  .addOption(new Option("--targets [file]", "dry-run on every server listed in FILE (or mig.toml's targets), in a scratch database made on each"))
  .addOption(jobsOption())
  .addOption(keepGoingOption())
  .action((opts) =>
    run(async ({ config, output }) => {
      if (opts.installHook) {
        const { installHook } = await import("./core/commands/check_install_hook.ts");
        installHook(await config(), { force: opts.force ?? false }, output);
        return;
      }
      if (opts.force) throw new UsageError("--force only applies to --install-hook");
      const loaded = await config();
      const options = {
        json: opts.json ?? false,
        verbose: opts.verbose ?? false,
        staged: opts.staged ?? false,
        ...(opts.devUrl !== undefined ? { devUrl: opts.devUrl } : {}),
        ...(opts.dialect !== undefined ? { dialect: opts.dialect } : {}),
        ...(opts.fromDump !== undefined ? { fromDump: opts.fromDump } : {}),
        ...(opts.from !== undefined ? { from: opts.from } : {}),
        explain: opts.explain ?? false,
        strict: opts.strict ?? false,
        noLint: opts.lint === false,
        full: opts.full ?? false,
        ...(opts.format !== undefined ? { format: opts.format } : {}),
      };
      if (await fannedOut(loaded, opts, { name: "check", options }, output)) return;
      const { check, EXIT_FINDINGS } = await import("./core/commands/check.ts");
      const report = await check(loaded, options, output);
      if (!report.ok) process.exitCode = EXIT_FINDINGS;
    }, { database: true }),
  );

program
  .command("import-alembic")
  .description("Convert an Alembic project (alembic.ini, env.py, versions/*.py) into a mig project with the same revisions")
  .argument("<directory>", "the directory of alembic.ini (or the Alembic script directory beside it)")
  .option("--into <dir>", "where mig.toml goes; the Alembic layout is reproduced below it (default: .)")
  .addOption(new Option("--dialect <name>", "the project's database when the url cannot tell").choices(["postgresql", "mysql", "sqlite"] as const))
  .addOption(json())
  .option("--verify <url>", "run Alembic and mig each on a fresh database on this server and compare the schemas")
  .option("--verify-embedded", "run Alembic and mig each on a SQLite file and compare the schemas")
  .action((directory, opts) =>
    run(async ({ output }) => {
      const { importAlembic, importExitStatus } = await import("./core/commands/import_alembic.ts");
      const report = await importAlembic(directory, {
        ...(opts.into !== undefined ? { into: opts.into } : {}),
        ...(opts.dialect !== undefined ? { dialect: opts.dialect } : {}),
        json: opts.json ?? false,
        ...(opts.verify !== undefined ? { verify: opts.verify } : {}),
        verifyEmbedded: opts.verifyEmbedded ?? false,
      }, output);
      process.exitCode = importExitStatus(report);
    }, { database: true }),
  );

const schema = program.command("schema").description("Read or write the declared target schema");
schema
  .command("dump")
  .description("Write the database's schema as a target schema module (or SQL)")
  .option("--format <format>", "ts (a module of t.table exports) or sql", "ts")
  .option("-o, --output <file>", "write to this file instead of stdout")
  .option("--from-migrations", "dump the schema the migrations' heads build in the embedded database")
  .option("--dev-url <url>", "with --from-migrations: a server for the replay (a scratch database is made there)")
  .action((opts) =>
    run(async ({ config, output }) => {
      const { dumpSchema } = await import("./core/commands/dump_schema.ts");
      await dumpSchema(await config(), {
        format: opts.format as "ts" | "sql",
        ...(opts.output !== undefined ? { output: opts.output } : {}),
        fromMigrations: opts.fromMigrations ?? false,
        ...(opts.devUrl !== undefined ? { devUrl: opts.devUrl } : {}),
      }, output);
    }, { database: true }),
  );

/** `--sql`, `--tag`, `--wait` as the migrating commands take them. */
/** `--targets` or `--schemas-from` given: the command fans out (core/fleet) and true is returned. */
async function fannedOut(config: MigConfig, opts: FleetRequest, command: FleetCommand, output: Output): Promise<boolean> {
  if (opts.targets === undefined && opts.schemasFrom === undefined) return false;
  const { fanOutRequest } = await import("./core/fleet/fleet_command.ts");
  await fanOutRequest(config, opts, command, output);
  return true;
}

function migrateOptions(opts: { sql?: boolean; tag?: string; wait?: number | true }): MigrateCommandOptions {
  return { sql: opts.sql ?? false, ...(opts.tag ? { tag: opts.tag } : {}), ...waitOption(opts.wait) };
}

function waitOption(value: number | true | undefined): { wait?: number } {
  const s = seconds(value);
  return s === undefined ? {} : { wait: s };
}

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // Help and --version exit 0; any other parse failure is a usage error, already printed by commander.
  process.exitCode = error.exitCode === 0 ? 0 : EXIT_USAGE;
}
