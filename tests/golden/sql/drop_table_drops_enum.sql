-- drop_table_drops_enum: dropTable of a table created earlier in the run drops the enum type it created (PostgreSQL)

-- postgresql
DROP TABLE person;

DROP TYPE mood;

-- mysql
DROP TABLE person;

-- mariadb: same as mysql

-- sqlite
DROP TABLE person;
