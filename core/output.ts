import { scrubSecrets } from "./secrets.ts";

/**
 * Where commands write. Results go to stdout (`print`, and `write` for raw `--sql` text),
 * logs and progress to stderr (`log`), so `mig upgrade head --sql > deploy.sql` captures
 * only SQL. The CLI passes the process streams; library callers and tests capture.
 */
export interface Output {
  print(line: string): void;
  write(text: string): void;
  log(line: string): void;
  /** `-q`: logs are dropped, results still printed. */
  readonly quiet: boolean;
  /** True when stderr is a terminal, so progress counters make sense. */
  readonly interactive: boolean;
  /**
   * A status line rewritten in place on a terminal (`[37/500] ok 35, ...`); "" clears it.
   * Absent when nobody watches (pipes, captured output).
   */
  status?(line: string): void;
}

let pipeWatched = false;

/** `mig history | head`: the reader went away; stop quietly, as `git log | head` does. */
function exitQuietlyOnClosedPipe(): void {
  if (pipeWatched) return;
  pipeWatched = true;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(0);
    throw error;
  });
}

export function processOutput(options: { quiet?: boolean } = {}): Output {
  const quiet = options.quiet ?? false;
  exitQuietlyOnClosedPipe();
  return {
    print: (line) => process.stdout.write(scrubSecrets(line) + "\n"),
    write: (text) => process.stdout.write(scrubSecrets(text)),
    log: (line) => {
      if (!quiet) process.stderr.write(scrubSecrets(line) + "\n");
    },
    quiet,
    interactive: Boolean(process.stderr.isTTY),
    ...(process.stderr.isTTY && !quiet ? { status: (line: string) => void process.stderr.write(`\r\x1b[K${scrubSecrets(line)}`) } : {}),
  };
}

export interface CapturedOutput extends Output {
  readonly stdout: string;
  readonly stderr: string;
}

export function captureOutput(options: { quiet?: boolean } = {}): CapturedOutput {
  let stdout = "";
  let stderr = "";
  return {
    print: (line) => void (stdout += scrubSecrets(line) + "\n"),
    write: (text) => void (stdout += scrubSecrets(text)),
    log: (line) => {
      if (!options.quiet) stderr += scrubSecrets(line) + "\n";
    },
    quiet: options.quiet ?? false,
    interactive: false,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

/**
 * An output whose log lines are held and written together by `flush()` (and every
 * `LOG_BATCH` lines): a `--sql` run logs a line per revision, and one write per line to
 * a terminal or pipe costs more than compiling the revision. Nothing runs on a server in
 * that mode, so holding its progress lines back a moment hides nothing.
 */
export interface BatchedOutput extends Output {
  flush(): void;
}

const LOG_BATCH = 4096;

export function batchedLog(output: Output): BatchedOutput {
  let lines: string[] = [];
  const flush = () => {
    if (lines.length === 0) return;
    const text = lines.join("\n");
    lines = [];
    output.log(text);
  };
  return {
    print: (line) => output.print(line),
    write: (text) => output.write(text),
    log: (line) => {
      if (output.quiet) return;
      lines.push(line);
      if (lines.length >= LOG_BATCH) flush();
    },
    quiet: output.quiet,
    interactive: output.interactive,
    flush,
  };
}
