-- create_index_expression: createIndex on an expression (t.sql), rendered as written; MariaDB has no functional indexes

-- postgresql
CREATE INDEX ix_item_lower_name ON item (lower(name));

-- mysql
CREATE INDEX ix_item_lower_name ON item (lower(name));

-- mariadb: same as mysql

-- sqlite
CREATE INDEX ix_item_lower_name ON item (lower(name));
