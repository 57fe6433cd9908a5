-- alter_column_server_default: alterColumn serverDefault: set, then null drops it

-- postgresql
ALTER TABLE account ALTER COLUMN amount SET DEFAULT '0';

ALTER TABLE account ALTER COLUMN name DROP DEFAULT;

-- mysql
ALTER TABLE account ALTER COLUMN amount SET DEFAULT '0';

ALTER TABLE account ALTER COLUMN name DROP DEFAULT;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN ... DEFAULT in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
