import * as fs from "node:fs";
import * as path from "node:path";
import Mustache from "mustache";
import { MigError } from "../errors.ts";
import type { Output } from "../output.ts";
import { templateFiles } from "../templates.ts";
import { CONFIG_FILE_NAME } from "../config/load_config.ts";
import { writeEditorTypes } from "../runtime/editor_types.ts";

export interface InitOptions {
  /** Template name (`generic`, `multidb`, `sql`); default `generic`. */
  readonly template?: string;
  /** Where mig.toml goes; default `mig.toml` in the working directory. */
  readonly configFile?: string;
  readonly cwd?: string;
}

/** `mig init DIR`: a new script directory from a template, and mig.toml beside the caller. */
export function init(directory: string, options: InitOptions, output: Output): void {
  const cwd = options.cwd ?? process.cwd();
  const files = templateFiles(options.template ?? "generic");
  const dir = path.resolve(cwd, directory);
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0) {
    throw new MigError(`Directory ${directory} already exists and is not empty`);
  }
  const configFile = path.resolve(cwd, options.configFile ?? CONFIG_FILE_NAME);
  const versions = path.join(dir, "versions");
  for (const d of [dir, versions]) {
    if (fs.existsSync(d)) continue;
    step(output, `Creating directory ${d}`, () => fs.mkdirSync(d, { recursive: true }));
  }
  const view = { script_location: toPosix(path.relative(path.dirname(configFile), dir) || ".") };
  for (const [name, content] of Object.entries(files)) {
    if (name === "mig.toml.mustache") {
      if (fs.existsSync(configFile)) {
        output.print(`File ${configFile} already exists, skipping`);
        continue;
      }
      step(output, `Generating ${configFile}`, () => fs.writeFileSync(configFile, Mustache.render(content, view)));
    } else if (name === "env.ts.mustache") {
      const target = path.join(dir, "env.ts");
      step(output, `Generating ${target}`, () => fs.writeFileSync(target, content));
    } else {
      // README and the script templates are copied as they are: `revision` renders the latter.
      const target = path.join(dir, name);
      step(output, `Generating ${target}`, () => fs.writeFileSync(target, content));
    }
  }
  // mig.d.ts and tsconfig.json, so editors check `import ... from "mig"` with no node_modules.
  writeEditorTypes(dir, output);
  output.print(`Please edit configuration/connection settings in '${configFile}' before proceeding.`);
}

function step(output: Output, label: string, action: () => void): void {
  action();
  output.print(`${label} ...  done`);
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
