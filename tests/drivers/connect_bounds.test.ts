/**
 * Every connect has a bound (issue 10, class 2): a server on 127.0.0.1 that accepts and
 * never answers, and a multi-host PostgreSQL URL whose hosts all refuse, end (within the
 * URL's `connect_timeout`; a hang fails by the test's own timeout) with one clear line and
 * no password. Loopback only.
 */
import { afterAll, expect, test } from "bun:test";
import "../../dialects/mod.ts";
import { DatabaseError } from "../../core/errors.ts";
import { parseDbUrl } from "../../core/url.ts";
import { connectDriver } from "../../dialects/driver_connect.ts";

const silent = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { data() {}, open() {} } });
afterAll(() => silent.stop(true));

/** The connect's error; a connect that never ends fails the test by its timeout instead. */
async function failure(url: string): Promise<{ error: DatabaseError }> {
  const error = await connectDriver(parseDbUrl(url)).then(() => undefined, (e) => e);
  expect(error).toBeInstanceOf(DatabaseError);
  return { error };
}

test("a silent PostgreSQL, MySQL or libSQL server: timed out, without the password", async () => {
  for (const scheme of ["postgresql", "mysql", "libsql"]) {
    const tls = scheme === "libsql" ? "&tls=0" : "";
    const { error } = await failure(`${scheme}://u:Secret1@127.0.0.1:${silent.port}/db?connect_timeout=1${tls}`);
    expect(error.message).toContain("timed out");
    expect(error.message).not.toContain("Secret1");
  }
}, 60_000);

test("a multi-host PostgreSQL URL whose hosts all refuse ends instead of retrying for ever", async () => {
  const { error } = await failure("postgresql://u:Secret1@127.0.0.1:1,127.0.0.1:2/db?connect_timeout=1");
  expect(error.message).toStartWith("Can't connect to 'postgresql://u:***@127.0.0.1:1,127.0.0.1:2/db?connect_timeout=1': timed out");
}, 60_000);
