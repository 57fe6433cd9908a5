/**
 * Writes a benchmark graph as an Alembic project: alembic.ini with the logging setup of
 * Alembic's generic template (so Alembic logs its `Running upgrade` lines as mig does),
 * an offline-only env.py, and one .py script per revision with the same id, parents and
 * op as the mig script.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { BenchOp, BenchRevision } from "./shapes.ts";

const INI = (url: string) => `[alembic]
script_location = migrations
sqlalchemy.url = ${url}

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[logger_sqlalchemy]
level = WARN
handlers =
qualname = sqlalchemy.engine

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
datefmt = %H:%M:%S
`;

const ENV_PY = `from logging.config import fileConfig

from alembic import context

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)

if not context.is_offline_mode():
    raise SystemExit("this benchmark project only runs with --sql")

context.configure(
    url=config.get_main_option("sqlalchemy.url"),
    target_metadata=None,
    literal_binds=True,
    dialect_opts={"paramstyle": "named"},
)
with context.begin_transaction():
    context.run_migrations()
`;

export function writeAlembicProject(dir: string, revisions: readonly BenchRevision[], url: string): void {
  const versions = path.join(dir, "migrations", "versions");
  fs.mkdirSync(versions, { recursive: true });
  fs.writeFileSync(path.join(dir, "alembic.ini"), INI(url));
  fs.writeFileSync(path.join(dir, "migrations", "env.py"), ENV_PY);
  for (const r of revisions) {
    fs.writeFileSync(path.join(versions, `${r.revision}_change_${r.index}.py`), script(r));
  }
}

function script(r: BenchRevision): string {
  const down = r.parents.length === 0 ? "None"
    : r.parents.length === 1 ? `'${r.parents[0]}'`
    : `(${r.parents.map((p) => `'${p}'`).join(", ")})`;
  const [up, undo] = body(r.op);
  return `"""change ${r.index}

Revision ID: ${r.revision}
Revises: ${r.parents.join(", ")}
Create Date: 2026-01-01 00:00:00

"""
from alembic import op
import sqlalchemy as sa


revision = '${r.revision}'
down_revision = ${down}
branch_labels = None
depends_on = None


def upgrade():
    ${up}


def downgrade():
    ${undo}
`;
}

function body(op: BenchOp): [string, string] {
  if (op.kind === "createTable") {
    return [
      `op.create_table(
        '${op.table}',
        sa.Column('id', sa.Integer(), primary_key=True),
        sa.Column('name', sa.String(50), nullable=False),
    )`,
      `op.drop_table('${op.table}')`,
    ];
  }
  return [
    `op.add_column('${op.table}', sa.Column('${op.column}', sa.String(50)))`,
    `op.drop_column('${op.table}', '${op.column}')`,
  ];
}
