/**
 * Where in the user's script an op was called. Recorded on every node so a database error
 * can be reported as `versions/x.ts:12:5` instead of a bare SQL statement.
 */

export interface CallSite {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

// Frames from this directory (the op builders) are skipped; in a bundled binary every
// embedded module shares the bundle's directory, so the same test skips all of mig.
const OWN_DIR = toPath(new URL(".", import.meta.url).href);

const FRAME = /(?:\(|at |@)((?:file:\/\/)?\/?[^()\s@]*?):(\d+):(\d+)\)?\s*$/;

const UNKNOWN: CallSite = Object.freeze({ file: "", line: 0, column: 0 });

/**
 * The first stack frame outside mig's op builders. Turning a stack into text costs more
 * than building the op (10,000 ops: ~0.15 s of a 1 s `upgrade --sql`), and a site is only
 * read when something fails, so the frames are captured now, which is cheap, and put
 * into words on first read. `file` is "" when no frame outside mig was readable.
 */
export function captureCallSite(): CallSite | undefined {
  const error = new Error();
  let site: CallSite | undefined;
  const resolve = () => (site ??= siteFromStack(error.stack) ?? UNKNOWN);
  return Object.freeze({
    get file() {
      return resolve().file;
    },
    get line() {
      return resolve().line;
    },
    get column() {
      return resolve().column;
    },
  });
}

/** Where `error` was thrown: its first stack frame outside mig's op builders, if readable. */
export function throwSite(error: unknown): CallSite | undefined {
  return error instanceof Error ? siteFromStack(error.stack) : undefined;
}

function siteFromStack(stack: string | undefined): CallSite | undefined {
  if (!stack) return undefined;
  for (const line of stack.split("\n")) {
    const match = FRAME.exec(line);
    if (!match) continue;
    const file = toPath(match[1] ?? "");
    if (file === "" || file.startsWith(OWN_DIR) || file.startsWith("node:")) continue;
    if (file.startsWith("native") || file.startsWith("[")) continue;
    return Object.freeze({ file, line: Number(match[2]), column: Number(match[3]) });
  }
  return undefined;
}

/** `file:///a/b.ts` and `/a/b.ts` both become `/a/b.ts`. */
function toPath(location: string): string {
  if (!location.startsWith("file://")) return location;
  try {
    return decodeURIComponent(new URL(location).pathname);
  } catch {
    return location.slice("file://".length);
  }
}

/** `file:line:column`, the form editors and terminals turn into links. */
export function formatCallSite(site: CallSite): string {
  return `${site.file}:${site.line}:${site.column}`;
}
