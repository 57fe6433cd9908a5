-- drop_index: dropIndex (MySQL names the table)

-- postgresql
DROP INDEX ix_item_name;

-- mysql
DROP INDEX ix_item_name ON item;

-- mariadb: same as mysql

-- sqlite
DROP INDEX ix_item_name;
