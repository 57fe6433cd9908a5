-- rename_table: renameTable

-- postgresql
ALTER TABLE parent RENAME TO ancestor;

-- mysql
ALTER TABLE parent RENAME TO ancestor;

-- mariadb: same as mysql

-- sqlite
ALTER TABLE parent RENAME TO ancestor;
