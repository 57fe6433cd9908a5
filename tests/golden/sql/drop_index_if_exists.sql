-- drop_index_if_exists: dropIndex ifExists on a missing index (not MySQL)

-- postgresql
DROP INDEX IF EXISTS ix_nothing;

-- mysql
-- error: CompileError: DROP INDEX IF EXISTS is not supported by MySQL

-- mariadb
DROP INDEX IF EXISTS ix_nothing ON item;

-- sqlite
DROP INDEX IF EXISTS ix_nothing;
