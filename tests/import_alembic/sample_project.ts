/**
 * The Alembic project the dialect tests import: one script written by
 * `alembic revision --autogenerate` from SQLAlchemy models (the types and constraints
 * mig translates), then hand-written ones: data (bulk_insert, execute), a batch block,
 * alter_column with existing_*, a dialect check, a branch and its merge.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { alembic, fillBodies, initAlembic, revision } from "./alembic_support.ts";

export type SampleDialect = "postgresql" | "mysql" | "sqlite";

function models(dialect: SampleDialect): string {
  const pg = dialect === "postgresql";
  return `
import sqlalchemy as sa
from sqlalchemy.orm import declarative_base
from sqlalchemy.dialects import postgresql

Base = declarative_base(metadata=sa.MetaData(naming_convention={
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}))


class Account(Base):
    __tablename__ = "account"
    id = sa.Column(sa.Integer, primary_key=True)
    name = sa.Column(sa.String(50), nullable=False, comment="who")
    email = sa.Column(sa.String(120), index=True)
    balance = sa.Column(sa.Numeric(10, 2), nullable=False, server_default=sa.text("0"))
    ratio = sa.Column(sa.Float)
    status = sa.Column(sa.String(10), server_default="new")
    mood = sa.Column(sa.Enum("happy", "sad", name="mood"))
    created = sa.Column(sa.DateTime(timezone=True), server_default=sa.func.now())
    born = sa.Column(sa.Date)
    wakes = sa.Column(sa.Time)
    active = sa.Column(sa.Boolean, nullable=False)
    notes = sa.Column(sa.Text)
    photo = sa.Column(sa.LargeBinary)
    visits = sa.Column(sa.BigInteger)
    rank = sa.Column(sa.SmallInteger)
    data = sa.Column(${pg ? "postgresql.JSONB" : "sa.JSON"})
    ${pg ? "uid = sa.Column(postgresql.UUID(as_uuid=True))" : ""}
    __table_args__ = (sa.UniqueConstraint("name"), sa.CheckConstraint("balance >= 0", name="positive"))


class Entry(Base):
    __tablename__ = "entry"
    id = sa.Column(sa.Integer, primary_key=True, autoincrement=True)
    account_id = sa.Column(sa.Integer, sa.ForeignKey("account.id", ondelete="CASCADE"), nullable=False)
    amount = sa.Column(sa.Numeric(12, 4))
    kind = sa.Column(sa.String(20), nullable=False)
    __table_args__ = (sa.UniqueConstraint("account_id", "kind", name="uq_entry_pair"),)
`;
}

/** Builds the project in `dir` with `url` as its database (autogenerate compares with it: it must be empty). */
export function buildSampleProject(dir: string, url: string, dialect: SampleDialect): void {
  initAlembic(dir, url);
  fs.writeFileSync(path.join(dir, "models.py"), models(dialect));
  const env = path.join(dir, "alembic", "env.py");
  fs.writeFileSync(env, fs.readFileSync(env, "utf8").replace("target_metadata = None", "from models import Base\ntarget_metadata = Base.metadata"));
  alembic(dir, "revision", "--autogenerate", "-m", "create tables", "--rev-id", "aaaa00000001");
  const comment = dialect === "sqlite" ? "" : `
if op.get_bind().dialect.name != "sqlite":
    op.create_table_comment("entry", "money moves")`;
  fillBodies(revision(dir, "bbbb00000002", "data and batch"), `
accounts = sa.table("account", sa.column("id", sa.Integer), sa.column("name", sa.String), sa.column("active", sa.Boolean), sa.column("balance", sa.Numeric))
op.bulk_insert(accounts, [{"id": 1, "name": "ann", "active": True, "balance": 5}, {"id": 2, "name": "bob", "active": False, "balance": 0}])
op.execute("UPDATE account SET status = 'old' WHERE id = 2")
with op.batch_alter_table("entry", schema=None) as batch_op:
    batch_op.add_column(sa.Column("memo", sa.String(length=200), nullable=True))
    batch_op.create_index(batch_op.f("ix_entry_memo"), ["memo"], unique=False)
    batch_op.alter_column("kind", existing_type=sa.String(length=20), nullable=True, existing_nullable=False)${comment}`, `
${dialect === "sqlite" ? "" : `if op.get_bind().dialect.name != "sqlite":
    op.drop_table_comment("entry", existing_comment="money moves")`}
with op.batch_alter_table("entry", schema=None) as batch_op:
    batch_op.alter_column("kind", existing_type=sa.String(length=20), nullable=False, existing_nullable=True)
    batch_op.drop_index(batch_op.f("ix_entry_memo"))
    batch_op.drop_column("memo")
op.execute("DELETE FROM account")`);
  fillBodies(revision(dir, "cccc00000003", "audit branch", "--head", "aaaa00000001", "--splice"), `
op.create_table(
    "audit",
    sa.Column("id", sa.Integer(), nullable=False),
    sa.Column("account_id", sa.Integer(), nullable=True),
    sa.Column("at", sa.DateTime(), server_default=sa.text("CURRENT_TIMESTAMP"), nullable=True),
    sa.PrimaryKeyConstraint("id", name=op.f("pk_audit")),
)
op.create_index("ix_audit_at", "audit", ["at", "account_id"], unique=False)
with op.batch_alter_table("audit") as batch_op:
    batch_op.create_foreign_key("fk_audit_account", "account", ["account_id"], ["id"], ondelete="SET NULL")`, `
with op.batch_alter_table("audit") as batch_op:
    batch_op.drop_constraint("fk_audit_account", type_="foreignkey")
op.drop_index("ix_audit_at", table_name="audit")
op.drop_table("audit")`);
  alembic(dir, "merge", "-m", "merge audit", "--rev-id", "dddd00000004", "heads");
  fillBodies(revision(dir, "eeee00000005", "rename and check"), `
with op.batch_alter_table("account") as batch_op:
    batch_op.alter_column("notes", new_column_name="remarks", existing_type=sa.Text())
    batch_op.create_check_constraint(op.f("ck_account_rank"), "rank >= 0")`, `
with op.batch_alter_table("account") as batch_op:
    batch_op.drop_constraint(op.f("ck_account_rank"), type_="check")
    batch_op.alter_column("remarks", new_column_name="notes", existing_type=sa.Text())`);
  if (dialect !== "postgresql") return;
  const script = revision(dir, "ffff00000006", "explicit enum type");
  fillBodies(script, `
level.create(op.get_bind(), checkfirst=True)
op.add_column("entry", sa.Column("level", level, nullable=True))`, `
op.drop_column("entry", "level")
postgresql.ENUM(name="level").drop(op.get_bind(), checkfirst=True)`);
  fs.writeFileSync(script, fs.readFileSync(script, "utf8").replace("import sqlalchemy as sa\n",
    'import sqlalchemy as sa\nfrom sqlalchemy.dialects import postgresql\n\nlevel = postgresql.ENUM("low", "high", name="level", create_type=False)\n'));
}
