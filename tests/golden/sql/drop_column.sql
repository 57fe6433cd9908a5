-- drop_column: dropColumn

-- postgresql
ALTER TABLE account DROP COLUMN amount;

-- mysql
ALTER TABLE account DROP COLUMN amount;

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account DROP COLUMN amount;
