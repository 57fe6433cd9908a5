-- alter_column_type: alterColumn type, with a PostgreSQL USING clause

-- postgresql
ALTER TABLE account ALTER COLUMN amount TYPE NUMERIC(10, 2) USING amount::numeric(10,2);

-- mysql
ALTER TABLE account MODIFY amount NUMERIC(10, 2) NULL;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN ... TYPE in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
