/** Every golden case, in the order the golden files and server runs take them. */

import type { GoldenCase } from "./case.ts";
import { BATCH_CASES } from "./cases_batch.ts";
import { COLUMN_CASES } from "./cases_columns.ts";
import { CONSTRAINT_CASES } from "./cases_constraints.ts";
import { MISC_CASES } from "./cases_misc.ts";
import { SAFE_PATTERN_CASES } from "./cases_safe_patterns.ts";
import { TABLE_CASES } from "./cases_tables.ts";

export const CASES: readonly GoldenCase[] = [...TABLE_CASES, ...COLUMN_CASES, ...CONSTRAINT_CASES, ...MISC_CASES, ...BATCH_CASES, ...SAFE_PATTERN_CASES];
