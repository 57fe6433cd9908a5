-- alter_column_rename: alterColumn newName alone: RENAME COLUMN everywhere (MySQL keeps the definition)

-- postgresql
ALTER TABLE account RENAME COLUMN name TO full_name;

-- mysql
ALTER TABLE account RENAME COLUMN name TO full_name;

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account RENAME COLUMN name TO full_name;
