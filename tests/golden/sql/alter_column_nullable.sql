-- alter_column_nullable: alterColumn nullable (MySQL restates the column from existing*: type, default, comment)

-- postgresql
ALTER TABLE account ALTER COLUMN name DROP NOT NULL;

-- mysql
ALTER TABLE account MODIFY name VARCHAR(50) NULL DEFAULT 'anon' COMMENT 'who';

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN nullability in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
