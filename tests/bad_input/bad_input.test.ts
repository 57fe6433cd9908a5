/**
 * The bad-input corpus (issue 10): every case must end with its exit status, exactly one
 * line on stderr besides INFO logs (no stack without --raiseerr) naming what is wrong,
 * nothing on stdout, no password anywhere in the output, and nothing written: no file
 * changed or created in the project, no database file (an SQLite file holding nothing is
 * removed again), no partial `--sql` script.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as path from "node:path";
import { type BadInput, PASSWORD } from "./case.ts";
import { CLI_CASES } from "./cases_cli.ts";
import { CONFIG_CASES } from "./cases_config.ts";
import { REVISION_CASES, SCRIPT_CASES } from "./cases_scripts.ts";
import { URL_CASES } from "./cases_urls.ts";
import { baseProject, caseProject, type Outcome, runMig, snapshot, tempRoot } from "./project.ts";

const CORPUS: Record<string, BadInput[]> = {
  config: CONFIG_CASES, urls: URL_CASES, scripts: SCRIPT_CASES, revision: REVISION_CASES, cli: CLI_CASES,
};
const ALL = Object.values(CORPUS).flat();
const PARALLEL = 4;

const root = tempRoot();
const cacheDir = path.join(root, "cache");
const results = new Map<BadInput, { outcome: Outcome; before: Record<string, string>; after: Record<string, string> }>();

beforeAll(async () => {
  const base = await baseProject(root, cacheDir);
  const queue = ALL.map((c, i) => [c, i] as const);
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [c, i] = next;
      const dir = caseProject(base, root, i, c);
      const before = snapshot(dir);
      const outcome = await runMig(dir, c.args, c.env ?? {}, cacheDir);
      results.set(c, { outcome, before, after: snapshot(dir) });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
}, 300_000);

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test("the corpus holds at least 80 cases with distinct names", () => {
  expect(ALL.length).toBeGreaterThanOrEqual(80);
  expect(new Set(ALL.map((c) => c.name)).size).toBe(ALL.length);
});

for (const [group, cases] of Object.entries(CORPUS)) {
  describe(group, () => {
    for (const c of cases) {
      test(c.name, () => {
        const { outcome, before, after } = results.get(c)!;
        const lines = outcome.stderr.split("\n").filter((l) => l !== "" && !l.startsWith("INFO  ["));
        const shown = { args: c.args.join(" "), status: outcome.status, stderr: lines };
        expect(shown).toEqual({ ...shown, status: c.status ?? 255 });
        // A run that failed while running may add the server's detail and the rollback line.
        const expected = c.runs ? [expect.stringMatching(c.line), ...lines.slice(1)] : [expect.stringMatching(c.line)];
        expect(shown).toEqual({ ...shown, stderr: expected as unknown as string[] });
        if (c.runs) expect(lines.at(-1)).toBe("Rolled back: the database is at base (no revision)");
        expect(outcome.stdout).toBe("");
        const all = outcome.stdout + outcome.stderr;
        for (const secret of [PASSWORD, encodeURIComponent(PASSWORD)]) expect(all).not.toContain(secret);
        expect(after).toEqual(before);
      });
    }
  });
}
