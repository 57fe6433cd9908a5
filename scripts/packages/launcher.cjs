#!/usr/bin/env node
// The `mig` command of the npm package: finds the binary of this platform's package
// (an optional dependency npm installed because its os, cpu and libc match) and runs it
// with the same arguments, streams and exit status. Plain Node, no dependencies.
"use strict";
const { spawn } = require("node:child_process");
const path = require("node:path");

const TARGETS = require("./targets.json");

function libc() {
  if (process.platform !== "linux") return undefined;
  // Node's report names the glibc it runs on; on musl (Alpine) there is none.
  const header = process.report && process.report.getReport().header;
  return header && header.glibcVersionRuntime ? "glibc" : "musl";
}

function binary() {
  const wanted = TARGETS.filter((t) => t.os === process.platform && t.cpu === process.arch && (!t.libc || t.libc === libc()));
  for (const target of wanted) {
    try {
      return path.join(path.dirname(require.resolve(`${target.package}/package.json`)), target.bin);
    } catch {
      // Not installed (npm skipped it, or --no-optional): try the next, then say so.
    }
  }
  const names = wanted.map((t) => t.package).join(" or ") || "none is built for it";
  process.stderr.write(`mig: no binary for ${process.platform}-${process.arch}${libc() ? ` (${libc()})` : ""}: install ${names}\n`);
  process.exit(1);
}

const child = spawn(binary(), process.argv.slice(2), { stdio: "inherit" });
// A supervisor's signal to the launcher reaches the binary too (a terminal's Ctrl-C already
// reaches both through the process group), so a migration is never left running alone.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT"]) {
  process.on(signal, () => child.kill(signal));
}
child.on("error", (error) => {
  process.stderr.write(`mig: ${error.message}\n`);
  process.exit(1);
});
child.on("exit", (code, signal) => {
  if (signal) {
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  } else {
    process.exit(code ?? 1);
  }
});
