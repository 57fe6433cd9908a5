import type { Shape } from "./shape.ts";

/** PostgreSQL 12+ skips SET NOT NULL's scan when a validated CHECK (col IS NOT NULL) exists. */
export class NotNullChecks {
  readonly #byName = new Map<string, { key: string; valid: boolean }>();

  note(shape: Shape): void {
    if (shape.kind === "addCheck" && shape.name) {
      const m = /^\(?\s*"?([\w$]+)"?\s+IS\s+NOT\s+NULL\s*\)?$/i.exec(shape.expression.trim());
      if (m) this.#byName.set(shape.name, { key: `${shape.table}.${m[1]!.toLowerCase()}`, valid: !shape.notValid });
    }
    if (shape.kind === "validateConstraint") {
      const found = this.#byName.get(shape.name);
      if (found) found.valid = true;
    }
  }

  has(table: string, column: string): boolean {
    return [...this.#byName.values()].some((c) => c.valid && c.key === `${table}.${column}`);
  }
}
