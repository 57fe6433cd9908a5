-- alter_column_without_existing_type: MySQL MODIFY needs the existing type: offline, without existingType, a clear error

-- postgresql
ALTER TABLE account ALTER COLUMN name DROP NOT NULL;

-- mysql
-- error: CompileError: All MySQL CHANGE/MODIFY COLUMN operations require the existing type: pass existingType to alterColumn('account', 'name')

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER COLUMN nullability in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
