-- add_column_if_not_exists: addColumn ifNotExists: PostgreSQL and MariaDB only

-- postgresql
ALTER TABLE account ADD COLUMN IF NOT EXISTS name VARCHAR(50);

-- mysql
-- error: CompileError: ADD COLUMN IF NOT EXISTS is not supported by MySQL

-- mariadb
ALTER TABLE account ADD COLUMN IF NOT EXISTS name VARCHAR(50);

-- sqlite
-- error: CompileError: No support for ADD COLUMN IF NOT EXISTS in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
