/**
 * PGlite cannot share a data directory between processes: two `mig upgrade head` on the
 * same `pglite://./dir` would both open it and corrupt it. Each process therefore holds a
 * lock file beside the directory (`<dir>.mig-lock`, created exclusively, holding its pid)
 * from before PGlite opens the directory until it is closed; others wait, as they would
 * for PostgreSQL's advisory lock. A lock left by a process that died is taken over.
 */
import * as fs from "node:fs";
import { DatabaseError } from "../../core/errors.ts";
import { sleep } from "../driver_support.ts";

export async function lockDataDir(dir: string, timeoutMs: number): Promise<() => void> {
  const file = `${dir}.mig-lock`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const holder = tryCreate(file);
    if (holder === undefined) return () => release(file);
    if (!alive(holder)) {
      // The holder died (kill -9): its lock means nothing. Only one waiter's create wins.
      fs.rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new DatabaseError(`PGlite data directory '${dir}' is in use by process ${holder} (lock file ${file})`, {
        code: "LOCK_TIMEOUT",
      });
    }
    await sleep(25);
  }
}

/** Undefined when this process now holds the lock, else the holder's pid. */
function tryCreate(file: string): number | undefined {
  try {
    const fd = fs.openSync(file, "wx");
    fs.writeSync(fd, String(process.pid));
    fs.closeSync(fd);
    return undefined;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    // A lock being written has no pid yet: treat its creator as alive.
    const pid = Number(readOr(file, ""));
    return Number.isInteger(pid) && pid > 0 ? pid : process.pid;
  }
}

function release(file: string): void {
  if (readOr(file, "") === String(process.pid)) fs.rmSync(file, { force: true });
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOr(file: string, fallback: string): string {
  try {
    return fs.readFileSync(file, "utf8");
  } catch {
    return fallback;
  }
}
