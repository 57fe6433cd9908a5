import { TEMPLATE_FILES } from "../templates/bundle.ts";
import { ConfigError } from "./errors.ts";

export interface TemplateInfo {
  readonly name: string;
  readonly description: string;
}

export function listTemplates(): TemplateInfo[] {
  return Object.entries(TEMPLATE_FILES).map(([name, files]) => ({
    name,
    description: (files["README"] ?? "").split("\n")[0]!.trim(),
  }));
}

/** The files of a template by name, as `{ fileName: content }`. */
export function templateFiles(name: string): Readonly<Record<string, string>> {
  const files = TEMPLATE_FILES[name];
  if (!files) throw new ConfigError(`No such template '${name}'`);
  return files;
}

/** The built-in script template (for projects whose own copy was deleted). */
export function builtinScriptTemplate(extension: "ts" | "sql"): string {
  return templateFiles("generic")[`script.${extension}.mustache`]!;
}
