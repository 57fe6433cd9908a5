/**
 * The databases' own command-line clients, the tools a DBA runs an offline script with:
 * `psql`, `mariadb` and `sqlite3`. They execute mig's `--sql` output and answer the
 * catalog queries, so nothing in this proof goes through mig's own drivers.
 */

export type Engine = "postgresql" | "mariadb" | "sqlite";

export interface ClientRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function spawn(argv: string[], input: string, env: Record<string, string> = {}): ClientRun {
  const r = Bun.spawnSync(argv, {
    stdin: new TextEncoder().encode(input),
    stdout: "pipe",
    stderr: "pipe",
    env: { ...process.env, ...env },
  });
  return { status: r.exitCode ?? -1, stdout: r.stdout.toString(), stderr: r.stderr.toString() };
}

/** The client's argv for a database url (a `sqlite:///` url names the file). */
function command(engine: Engine, url: string): { argv: string[]; env?: Record<string, string> } {
  if (engine === "sqlite") return { argv: ["sqlite3", "-bail", new URL(url).pathname.replace(/^\/\//, "/")] };
  if (engine === "postgresql") {
    // -X: no ~/.psqlrc; ON_ERROR_STOP: the first failing statement ends the run with status 3.
    return { argv: ["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", url], env: { PGCLIENTENCODING: "UTF8" } };
  }
  const u = new URL(url);
  return {
    argv: [
      "mariadb", "-h", u.hostname, "-P", u.port || "3306", "-u", decodeURIComponent(u.username),
      ...(u.password ? [`-p${decodeURIComponent(u.password)}`] : []),
      "--default-character-set=utf8mb4", u.pathname.slice(1),
    ],
  };
}

/** Runs a script with the client, as a DBA would (`psql -f`, `mariadb < file`, `sqlite3 < file`). */
export function runScript(engine: Engine, url: string, sql: string): ClientRun {
  const { argv, env } = command(engine, url);
  return spawn(argv, sql, env);
}

/**
 * Rows of a query as tab-separated text lines, unaligned and without headers. Values must
 * not contain tabs or newlines (the catalog queries flatten them).
 */
export function queryLines(engine: Engine, url: string, sql: string): string[][] {
  const { argv, env } = command(engine, url);
  const extra = engine === "postgresql" ? ["-A", "-t", "-F", "\t"]
    : engine === "mariadb" ? ["-N", "-B", "-r"]
    : ["-tabs", "-noheader"];
  const [program, ...rest] = argv;
  const r = spawn([program!, ...extra, ...rest], sql, env);
  if (r.status !== 0) throw new Error(`${program} failed (${r.status}): ${r.stderr}\n  in: ${sql}`);
  return r.stdout.split("\n").filter((line) => line !== "").map((line) => line.split("\t"));
}
