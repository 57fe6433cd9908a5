/**
 * Every password a URL carried is scrubbed from every line mig prints (issue 10, class 1),
 * including text a driver or server wrote, but not from inside longer words.
 */
import { expect, test } from "bun:test";
import { captureOutput } from "../../core/output.ts";
import { reportError } from "../../core/commands/report_error.ts";
import { scrubSecrets } from "../../core/secrets.ts";
import { parseDbUrl } from "../../core/url.ts";

test("a parsed URL's password and token are scrubbed from output lines and errors", () => {
  parseDbUrl("postgresql://app:Hunter%2F42@127.0.0.1/db");
  parseDbUrl("libsql://127.0.0.1:8080?authToken=tok-9f8e7d");
  const out = captureOutput();
  out.log("driver said: connection string postgres://app:Hunter/42@h failed");
  out.print("token tok-9f8e7d rejected; encoded Hunter%2F42");
  expect(out.stderr).toBe("driver said: connection string postgres://app:***@h failed\n");
  expect(out.stdout).toBe("token *** rejected; encoded ***\n");
  const { text } = reportError(new Error("password 'Hunter/42' refused"), { raiseErr: false });
  expect(text).toBe("FAILED: password '***' refused");
});

test("a password that is also part of a longer word leaves the word alone", () => {
  // (Not "postgres": test files share one process, and this registry is process-wide.)
  parseDbUrl("postgresql://tenant:tenant@127.0.0.1/db");
  expect(scrubSecrets("postgresql://tenant:tenant@h")).toBe("postgresql://***:***@h");
  expect(scrubSecrets("CREATE TABLE tenants (tenant_id int)")).toBe("CREATE TABLE tenants (tenant_id int)");
});

test("very short passwords are not scrubbed, so ordinary text survives", () => {
  parseDbUrl("mysql://root:ab@127.0.0.1/db");
  expect(scrubSecrets("ab cd")).toBe("ab cd");
});
