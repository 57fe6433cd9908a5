-- alter_column_combined: type, nullability, default, comment and rename at once: one CHANGE on MySQL, separate statements on PostgreSQL

-- postgresql
ALTER TABLE account ALTER COLUMN amount DROP DEFAULT;

ALTER TABLE account ALTER COLUMN amount TYPE VARCHAR(40);

ALTER TABLE account ALTER COLUMN amount SET NOT NULL;

ALTER TABLE account ALTER COLUMN amount SET DEFAULT 'none';

COMMENT ON COLUMN account.amount IS 'renamed';

ALTER TABLE account RENAME COLUMN amount TO amount_text;

-- mysql
ALTER TABLE account CHANGE amount amount_text VARCHAR(40) NOT NULL DEFAULT 'none' COMMENT 'renamed';

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN ... TYPE in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
