-- create_index_if_not_exists: createIndex ifNotExists (not MySQL)

-- postgresql
CREATE INDEX IF NOT EXISTS ix_item_name ON item (name);

-- mysql
-- error: CompileError: CREATE INDEX IF NOT EXISTS is not supported by MySQL

-- mariadb
CREATE INDEX IF NOT EXISTS ix_item_name ON item (name);

-- sqlite
CREATE INDEX IF NOT EXISTS ix_item_name ON item (name);
