/** Database URLs, given through $DATABASE_URL (as the init template reads it) or --dev-url. */
import { type BadInput, MARIADB_PORT, PASSWORD, PG_PORT, toml } from "./case.ts";

/** A case whose project reads its URL from $DATABASE_URL. */
function url(name: string, value: string, line: RegExp, args: readonly string[] = ["upgrade", "head"]): BadInput {
  return { name, env: { DATABASE_URL: value }, files: { "mig.toml": toml('url = "${DATABASE_URL}"') }, args, line };
}

const P = PASSWORD;

export const URL_CASES: BadInput[] = [
  url("unknown scheme", `oracle://app:${P}@127.0.0.1/db`, /^FAILED: Unsupported database URL scheme 'oracle'/),
  url("colon missing after the scheme", `postgresql//app:${P}@127.0.0.1/db`, /^FAILED: Invalid database URL 'postgresql\/\/app:\*\*\*@127\.0\.0\.1\/db'/),
  url("no // after the scheme", `mysql:app:${P}@127.0.0.1/db`, /expected '\/\/' after the scheme/),
  url("port out of range", `postgresql://app:${P}@127.0.0.1:99999/db`, /port '99999' is not a number from 1 to 65535/),
  url("port not a number", `mysql://app:${P}@127.0.0.1:http/db`, /port 'http' is not a number/),
  url("port zero", `postgresql://app:${P}@127.0.0.1:0/db`, /port '0' is not a number/),
  url("unencoded ? in the password", `postgresql://app:pa?ss${P}@127.0.0.1/db`, /must be percent-encoded/),
  url("unencoded # in the password", `mysql://app:pa#ss${P}@127.0.0.1/db`, /must be percent-encoded/),
  url("bad percent-encoding", `postgresql://app:${P}@127.0.0.1/d%zzb`, /^FAILED: Invalid percent-encoding in database URL/),
  url("bare pglite://", "pglite://", /name a data directory \(pglite:\/\/\.\/data\) or say pglite:\/\/memory/),
  url("sqlite:/// with no file name", "sqlite:///", /missing file name/),
  url("connect_timeout not a number", `postgresql://app:${P}@127.0.0.1:${PG_PORT}/test?connect_timeout=soon`, /connect_timeout 'soon' is not a positive number of seconds$/),
  url("connect_timeout negative", `mysql://root:${P}@127.0.0.1:${MARIADB_PORT}/test?connect_timeout=-1`, /connect_timeout '-1' is not a positive number of seconds$/),
  url("PostgreSQL port refusing connections", `postgresql://app:${P}@127.0.0.1:1/db?connect_timeout=2`, /^FAILED: Can't connect to 'postgresql:\/\/app:\*\*\*@127\.0\.0\.1:1\/db\?connect_timeout=2': /),
  url("MySQL port refusing connections", `mysql://app:${P}@127.0.0.1:1/db?connect_timeout=2`, /^FAILED: Can't connect to 'mysql:\/\/app:\*\*\*@127\.0\.0\.1:1\/db/),
  url("libSQL port refusing connections", `libsql://app:${P}@127.0.0.1:1?tls=0&connect_timeout=2`, /^FAILED: Can't connect to 'libsql:\/\/app:\*\*\*@127\.0\.0\.1:1/),
  url("PostgreSQL database that does not exist", `postgresql://postgres:${P}@127.0.0.1:${PG_PORT}/mig_no_such_db`, /mig_no_such_db.*does not exist/),
  url("MariaDB wrong password", `mysql://root:${P}@127.0.0.1:${MARIADB_PORT}/test`, /^FAILED: Can't connect to 'mysql:\/\/root:\*\*\*@127\.0\.0\.1:3306\/test': .*Access denied/),
  url("MariaDB database that does not exist", `mysql://root@127.0.0.1:${MARIADB_PORT}/mig_no_such_db`, /mig_no_such_db/),
  url("PostgreSQL user that does not exist", `postgresql://mig_nobody:${P}@127.0.0.1:${PG_PORT}/test`, /mig_nobody/),
  url("SQLite file in a directory that does not exist", "sqlite:///no/such/dir/app.db", /no\/such\/dir\/app\.db/),
  url("token in the query string", `libsql://127.0.0.1:1?authToken=${P}&tls=0&connect_timeout=2`, /authToken=\*\*\*/),
  url("password as a query parameter", `postgresql://127.0.0.1:1/db?password=${P}&connect_timeout=2`, /password=\*\*\*/),
  url("a secret too long for one line", `postgresql://app:${P.repeat(20)}@127.0.0.1:1/db?connect_timeout=2`, /app:\*\*\*@127\.0\.0\.1:1/),
  { ...url("check --dev-url of another dialect", "sqlite:///app.db", /^mig: error: --dev-url is a mysql server but the project's dialect is sqlite/, ["check", "--dev-url", `mysql://root:${P}@127.0.0.1:${MARIADB_PORT}/test`]), status: 2 },
  url("check --dev-url that is not a URL", "sqlite:///app.db", /Unsupported database URL scheme 'nothing'/, ["check", "--dev-url", `nothing:here`]),
];
