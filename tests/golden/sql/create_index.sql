-- create_index: createIndex: plain, unique, several columns

-- postgresql
CREATE INDEX ix_item_name ON item (name);

CREATE UNIQUE INDEX ux_item_name_qty ON item (name, qty);

-- mysql
CREATE INDEX ix_item_name ON item (name);

CREATE UNIQUE INDEX ux_item_name_qty ON item (name, qty);

-- mariadb: same as mysql

-- sqlite
CREATE INDEX ix_item_name ON item (name);

CREATE UNIQUE INDEX ux_item_name_qty ON item (name, qty);
