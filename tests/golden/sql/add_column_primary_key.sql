-- add_column_primary_key: addColumn of a primary key to a table without one (not on SQLite)

-- postgresql
ALTER TABLE keyless ADD COLUMN id SERIAL NOT NULL PRIMARY KEY;

-- mysql
ALTER TABLE keyless ADD COLUMN id INTEGER NOT NULL AUTO_INCREMENT PRIMARY KEY;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER TABLE ADD COLUMN with a PRIMARY KEY in SQLite dialect: use op.batchAlterTable('keyless', (batch) => ...), which recreates the table with a copy-and-move strategy
