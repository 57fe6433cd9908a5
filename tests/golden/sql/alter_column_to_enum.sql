-- alter_column_to_enum: alterColumn to an enum type creates the PostgreSQL type first

-- postgresql
CREATE TYPE level AS ENUM ('low', 'high');

ALTER TABLE account ALTER COLUMN amount TYPE level USING NULL;

-- mysql
ALTER TABLE account MODIFY amount ENUM('low','high') NULL;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN ... TYPE in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
