/** The header cache: a stat decides, edits and removals are seen, and it can be switched off. */
import { afterAll, expect, test } from "bun:test";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { readHeaders } from "../../core/script/script_directory.ts";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "mig-cache-"));
const versions = path.join(root, "versions");
fs.mkdirSync(versions);
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const script = (rev: string, down: string | null, message: string) =>
  `/** ${message} */\nexport const revision = "${rev}";\nexport const downRevision = ${down === null ? "null" : `"${down}"`};\n`;
const write = (name: string, text: string, mtime?: Date) => {
  const file = path.join(versions, name);
  fs.writeFileSync(file, text);
  if (mtime) fs.utimesSync(file, mtime, mtime);
};
const cacheFiles = () => fs.readdirSync(process.env["MIG_CACHE_DIR"]!).filter((f) => f.startsWith("headers-"));

test("headers come back the same from the cache, and follow edits and removals", () => {
  const before = cacheFiles().length;
  write("a1_first.ts", script("aaaa0001", null, "first"));
  write("b2_second.ts", script("bbbb0002", "aaaa0001", "second"));
  const cold = readHeaders([versions]);
  expect(cacheFiles().length).toBe(before + 1);
  const warm = readHeaders([versions]);
  expect(warm).toEqual(cold);

  // Same size, new content, a different mtime: read again.
  write("b2_second.ts", script("bbbb0002", "aaaa0001", "SECOND"), new Date(Date.now() + 5000));
  expect(readHeaders([versions]).map((h) => h.message)).toEqual(["first", "SECOND"]);

  fs.rmSync(path.join(versions, "a1_first.ts"));
  expect(readHeaders([versions]).map((h) => h.revision)).toEqual(["bbbb0002"]);
});

test("MIG_CACHE_DIR=off writes nothing; a broken cache file or an unwritable directory is no error", () => {
  const saved = process.env["MIG_CACHE_DIR"]!;
  const other = fs.mkdtempSync(path.join(os.tmpdir(), "mig-cache-off-"));
  try {
    const fresh = path.join(root, "fresh");
    fs.mkdirSync(fresh);
    fs.writeFileSync(path.join(fresh, "c3.ts"), script("cccc0003", null, "third"));
    const before = cacheFiles();
    process.env["MIG_CACHE_DIR"] = "off";
    expect(readHeaders([fresh]).map((h) => h.revision)).toEqual(["cccc0003"]);
    process.env["MIG_CACHE_DIR"] = saved;
    expect(cacheFiles()).toEqual(before);
    process.env["MIG_CACHE_DIR"] = "off";
    expect(readHeaders([versions]).map((h) => h.revision)).toEqual(["bbbb0002"]);
    process.env["MIG_CACHE_DIR"] = other;
    readHeaders([versions]);
    const [file] = fs.readdirSync(other);
    fs.writeFileSync(path.join(other, file!), "{not json");
    expect(readHeaders([versions]).map((h) => h.revision)).toEqual(["bbbb0002"]);
    // An unwritable cache directory is no error either.
    process.env["MIG_CACHE_DIR"] = "/proc/mig-cannot-write-here";
    expect(readHeaders([versions]).map((h) => h.revision)).toEqual(["bbbb0002"]);
  } finally {
    process.env["MIG_CACHE_DIR"] = saved;
    fs.rmSync(other, { recursive: true, force: true });
  }
});
