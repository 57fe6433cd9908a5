-- drop_column_if_exists: dropColumn ifExists: PostgreSQL and MariaDB only

-- postgresql
ALTER TABLE account DROP COLUMN IF EXISTS nothing_here;

-- mysql
-- error: CompileError: DROP COLUMN IF EXISTS is not supported by MySQL

-- mariadb
ALTER TABLE account DROP COLUMN IF EXISTS nothing_here;

-- sqlite
-- error: CompileError: No support for DROP COLUMN IF EXISTS in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
