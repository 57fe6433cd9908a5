-- batch_alter_table_needs_copy_from: offline, a SQLite batch that must recreate the table needs copyFrom

-- postgresql
ALTER TABLE account ALTER COLUMN amount SET NOT NULL;

-- mysql
ALTER TABLE account MODIFY amount VARCHAR(20) NOT NULL;

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: batchAlterTable('account') must recreate the table on SQLite, and in --sql mode it cannot read the table: pass { copyFrom: [t.column(...), ...] } describing the table as it is now
