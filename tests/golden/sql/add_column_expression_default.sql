-- add_column_expression_default: an expression default: fine except on SQLite's ADD COLUMN

-- postgresql
ALTER TABLE keyless ADD COLUMN at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP;

-- mysql
ALTER TABLE keyless ADD COLUMN at DATETIME DEFAULT CURRENT_TIMESTAMP;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER TABLE ADD COLUMN with a non-constant default in SQLite dialect: use op.batchAlterTable('keyless', (batch) => ...), which recreates the table with a copy-and-move strategy
