-- alter_column_datetime_default: a functional default on a date-time column: the column restated with MODIFY on MySQL (Alembic uses CHANGE)

-- postgresql
ALTER TABLE account ALTER COLUMN created SET DEFAULT CURRENT_TIMESTAMP;

-- mysql
ALTER TABLE account MODIFY created DATETIME NULL DEFAULT CURRENT_TIMESTAMP;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN ... DEFAULT in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
