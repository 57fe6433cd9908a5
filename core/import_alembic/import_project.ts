/** The work of `mig import-alembic` (see core/commands/import_alembic.ts): read, translate, check, write, report. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Output } from "../output.ts";
import { readAlembicProject } from "./alembic_project.ts";
import { checkGraph } from "./graph_check.ts";
import { AlembicInputError } from "./input_error.ts";
import { migSettings } from "./mig_settings.ts";
import { planProject, targetPath, writeProject } from "./project_writer.ts";
import { buildReport, type ImportReport, reportLines, scriptStatus, type ScriptReport } from "./report.ts";
import { translateScript } from "./script_translator.ts";
import { planVerify, verifyImport } from "./verify.ts";
import { verifyLines } from "./verify_report.ts";
import type { ImportAlembicOptions } from "../commands/import_alembic.ts";

/** `x.py` -> `x.ts`; mig skips files starting with `_`, which Alembic loads (all but `__init__`). */
function migScriptPath(py: string): string {
  const name = path.basename(py, ".py").replace(/^_+/, "");
  return path.join(path.dirname(py), `${name}.ts`);
}

export async function importProject(directory: string, options: ImportAlembicOptions, output: Output): Promise<ImportReport> {
  const cwd = options.cwd ?? process.cwd();
  const into = path.resolve(cwd, options.into ?? ".");
  const project = readAlembicProject(path.resolve(cwd, directory));
  const settings = migSettings(project, options.dialect, into);
  const verifying = options.verify !== undefined || options.verifyEmbedded === true;
  const verifyPlan = verifying ? planVerify(options.verify, settings.dialect) : undefined;
  const shown = (p: string) => (p === cwd || p.startsWith(cwd + path.sep) ? path.relative(cwd, p) || "." : p);
  const translated = project.scripts.map((file) => {
    let source: string;
    try {
      source = fs.readFileSync(file, "utf8");
    } catch (error) {
      throw new AlembicInputError(`Cannot read ${shown(file)}: ${(error as Error).message}`);
    }
    const result = translateScript(source, path.relative(project.root, file), settings.dialect);
    const output = migScriptPath(targetPath(project, into, file));
    return { file, output, result };
  });
  checkGraph(translated.map((t) => ({ header: t.result.header, path: t.output })));
  const files = planProject(project, into, settings, translated.map((t) => ({ path: t.output, content: t.result.source })));
  writeProject(project, into, files);
  const scripts: ScriptReport[] = translated.map((t) => ({
    file: shown(t.file),
    output: shown(t.output),
    revision: t.result.header.revision,
    status: scriptStatus(t.result.notes, t.result.handWork),
    notes: t.result.notes,
    handWork: t.result.handWork,
  }));
  const report = buildReport(shown(path.join(into, "mig.toml")), settings.notes, scripts);
  if (verifyPlan) report.verify = await verifyImport({ project, migConfig: path.join(into, "mig.toml") }, verifyPlan, output);
  if (options.json) output.print(JSON.stringify(report, null, 2));
  else output.print([...reportLines(report), ...(report.verify ? verifyLines(report.verify) : [])].join("\n"));
  return report;
}

