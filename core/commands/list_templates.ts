import type { Output } from "../output.ts";
import { listTemplates as templates } from "../templates.ts";

/** `mig list_templates`, laid out as Alembic's. */
export function listTemplates(output: Output): void {
  output.print("Available templates:\n");
  for (const t of templates()) output.print(`${t.name} - ${t.description}`);
  output.print("\nTemplates are used via the 'init' command, e.g.:\n");
  output.print("  mig init --template generic ./migrations");
}
