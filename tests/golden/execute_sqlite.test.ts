/** The golden cases executed on SQLite files (one per case), through mig's SQLite driver. */

import { sqliteFile } from "./databases.ts";
import { executeCases } from "./execute.ts";

executeCases("sqlite", sqliteFile);
