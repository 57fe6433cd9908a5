/** The op context: no sink is a clear error, async upgrades keep their sink across awaits, runs stay apart. */

import { describe, expect, test } from "bun:test";
import { ScriptError } from "../../core/errors.ts";
import { hasOpSink, op, type OpNode, t, withOpSink } from "../../core/ops/mod.ts";
import { record } from "./sink.ts";

const tick = () => new Promise((done) => setTimeout(done, 1));

describe("op context", () => {
  test("op.* outside a migration throws a ScriptError naming the call", () => {
    expect(hasOpSink()).toBe(false);
    expect(() => op.createTable("a", [])).toThrow(ScriptError);
    expect(() => op.dropTable("a")).toThrow(
      "op.dropTable() was called outside a migration: ops only work inside upgrade() or downgrade() while mig runs them",
    );
    expect(() => op.dialect).toThrow("op.dialect was called outside a migration");
    expect(() => op.getBind()).toThrow("op.getBind() was called outside a migration");
  });

  test("op.dialect and op.getBind come from the sink", () => {
    const { result } = record(() => [op.dialect, op.getBind()], "mysql");
    expect(result).toEqual(["mysql", { bound: "mysql" }]);
  });

  test("an async upgrade keeps emitting into its sink after awaiting the bind", async () => {
    const nodes: OpNode[] = [];
    const flushedBeforeQuery: number[] = [];
    const bind = {
      query: async () => {
        flushedBeforeQuery.push(nodes.length);
        await tick();
        return [{ n: 1 }];
      },
    };
    async function upgrade() {
      op.createTable("a", [t.column("id", t.integer())]);
      const rows = await (op.getBind() as typeof bind).query();
      op.bulkInsert("a", rows.map((r) => ({ id: r.n })));
      await tick();
      op.dropTable("a");
    }
    await withOpSink({ dialect: "postgresql", emit: (n) => void nodes.push(n), getBind: () => bind }, upgrade);
    expect(nodes.map((n) => n.kind)).toEqual(["createTable", "bulkInsert", "dropTable"]);
    expect(flushedBeforeQuery).toEqual([1]);
    expect(hasOpSink()).toBe(false);
  });

  test("two async runs interleaving keep their own sinks", async () => {
    const a: string[] = [];
    const b: string[] = [];
    const run = (into: string[], name: string) =>
      withOpSink({ dialect: "sqlite", emit: (n) => void into.push(n.kind === "dropTable" ? n.table : n.kind), getBind: () => null }, async () => {
        for (let i = 0; i < 3; i++) {
          op.dropTable(`${name}${i}`);
          await tick();
        }
      });
    await Promise.all([run(a, "a"), run(b, "b")]);
    expect(a).toEqual(["a0", "a1", "a2"]);
    expect(b).toEqual(["b0", "b1", "b2"]);
  });

  test("a throwing script leaves no sink behind", () => {
    expect(() => record(() => {
      throw new Error("boom");
    })).toThrow("boom");
    expect(hasOpSink()).toBe(false);
  });

  test("autocommitBlock collects the ops inside it into one node", () => {
    const { nodes } = record(() => {
      op.execute("SELECT 1");
      op.autocommitBlock(() => {
        op.createIndex("ix", "t", ["a"], { concurrently: true });
        op.execute("SELECT 2");
      });
      op.execute("SELECT 3");
    });
    expect(nodes.map((n) => n.kind)).toEqual(["execute", "autocommitBlock", "execute"]);
    const block = nodes[1];
    expect(block?.kind === "autocommitBlock" && block.ops.map((o) => o.kind)).toEqual(["createIndex", "execute"]);
  });

  test("batch and autocommit callbacks must be synchronous; a batch can't be used after it returns", () => {
    expect(() => record(() => op.batchAlterTable("t", (async () => {}) as never))).toThrow(
      "op.batchAlterTable() takes a synchronous function: it collects ops, it cannot await",
    );
    expect(() => record(() => op.autocommitBlock((async () => {}) as never))).toThrow(ScriptError);
    let kept: { dropColumn(c: string): void } | undefined;
    record(() => op.batchAlterTable("t", (batch) => void (kept = batch)));
    expect(() => kept?.dropColumn("x")).toThrow("The batch for table 't' was used after op.batchAlterTable() returned");
  });
});
