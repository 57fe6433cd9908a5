-- drop_constraint_without_type: dropConstraint without type: fine on PostgreSQL, an error on MySQL

-- postgresql
ALTER TABLE item DROP CONSTRAINT uq_item_name;

-- mysql
-- error: CompileError: No generic 'DROP CONSTRAINT' in MySQL: please specify the constraint type, e.g. op.dropConstraint('uq_item_name', 'item', { type: 'foreignkey' })

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('item', (batch) => ...), which recreates the table with a copy-and-move strategy
