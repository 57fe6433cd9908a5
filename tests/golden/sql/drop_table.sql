-- drop_table: dropTable, and dropTable ifExists on a missing table

-- postgresql
DROP TABLE parent;

DROP TABLE IF EXISTS never_there;

-- mysql
DROP TABLE parent;

DROP TABLE IF EXISTS never_there;

-- mariadb: same as mysql

-- sqlite
DROP TABLE parent;

DROP TABLE IF EXISTS never_there;
