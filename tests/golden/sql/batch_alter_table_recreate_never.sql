-- batch_alter_table_recreate_never: recreate 'never': each op runs as a plain ALTER, so SQLite refuses what it cannot alter

-- postgresql
ALTER TABLE account ADD CONSTRAINT uq_name UNIQUE (name);

-- mysql
ALTER TABLE account ADD CONSTRAINT uq_name UNIQUE (name);

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
