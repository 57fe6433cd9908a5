-- alter_column_comment: alterColumn comment (MODIFY on MySQL; no comments on SQLite)

-- postgresql
COMMENT ON COLUMN account.amount IS 'in cents';

COMMENT ON COLUMN account.name IS NULL;

-- mysql
ALTER TABLE account MODIFY amount VARCHAR(20) NULL COMMENT 'in cents';

ALTER TABLE account MODIFY name VARCHAR(50) NOT NULL DEFAULT 'anon';

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for column comments in SQLite dialect: SQLite has no comments; skip this op when op.dialect is 'sqlite'
