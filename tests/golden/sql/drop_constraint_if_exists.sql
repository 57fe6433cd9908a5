-- drop_constraint_if_exists: dropConstraint ifExists on a missing constraint (PostgreSQL, MariaDB)

-- postgresql
ALTER TABLE item DROP CONSTRAINT IF EXISTS ck_nothing;

-- mysql
-- error: CompileError: DROP CONSTRAINT IF EXISTS is not supported by MySQL

-- mariadb
ALTER TABLE item DROP CONSTRAINT IF EXISTS ck_nothing;

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('item', (batch) => ...), which recreates the table with a copy-and-move strategy
