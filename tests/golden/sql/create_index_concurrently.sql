-- create_index_concurrently: CREATE INDEX CONCURRENTLY inside op.autocommitBlock (the hint is dropped elsewhere)

-- postgresql
CREATE INDEX CONCURRENTLY ix_item_qty ON item (qty);

DROP INDEX CONCURRENTLY ix_item_qty;

-- mysql
CREATE INDEX ix_item_qty ON item (qty);

DROP INDEX ix_item_qty ON item;

-- mariadb: same as mysql

-- sqlite
CREATE INDEX ix_item_qty ON item (qty);

DROP INDEX ix_item_qty;
