-- drop_index_without_table: dropIndex without the table: fine except on MySQL

-- postgresql
DROP INDEX ix_item_name;

-- mysql
-- error: CompileError: DROP INDEX on MySQL names the table: op.dropIndex('ix_item_name', { table: '...' })

-- mariadb: same as mysql

-- sqlite
DROP INDEX ix_item_name;
