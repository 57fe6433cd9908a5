-- create_index_partial: createIndex where: a partial index on PostgreSQL and SQLite, an error on MySQL

-- postgresql
CREATE INDEX ix_item_positive ON item (qty) WHERE qty > 0;

-- mysql
-- error: CompileError: Partial indexes (where) is not supported by MySQL

-- mariadb
-- error: CompileError: Partial indexes (where) is not supported by MariaDB

-- sqlite
CREATE INDEX ix_item_positive ON item (qty) WHERE qty > 0;
