-- add_column_not_null_no_default: a NOT NULL column without a default cannot be added in place on SQLite

-- postgresql
ALTER TABLE keyless ADD COLUMN w INTEGER NOT NULL;

-- mysql
ALTER TABLE keyless ADD COLUMN w INTEGER NOT NULL;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER TABLE ADD COLUMN with NOT NULL and no default in SQLite dialect: use op.batchAlterTable('keyless', (batch) => ...), which recreates the table with a copy-and-move strategy
