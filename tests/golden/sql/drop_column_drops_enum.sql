-- drop_column_drops_enum: dropping the only column using an enum created in this run drops the type (PostgreSQL)

-- postgresql
CREATE TYPE mood AS ENUM ('up', 'down');

ALTER TABLE account ADD COLUMN mood mood;

ALTER TABLE account DROP COLUMN mood;

DROP TYPE mood;

-- mysql
ALTER TABLE account ADD COLUMN mood ENUM('up','down');

ALTER TABLE account DROP COLUMN mood;

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account ADD COLUMN mood VARCHAR(4);

ALTER TABLE account DROP COLUMN mood;
