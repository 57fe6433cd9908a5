-- create_table_if_not_exists: createTable ifNotExists on a table that already exists is a no-op

-- postgresql
CREATE TABLE IF NOT EXISTS parent (
    id SERIAL NOT NULL,
    PRIMARY KEY (id)
);

-- mysql
CREATE TABLE IF NOT EXISTS parent (
    id INTEGER NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (id)
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE IF NOT EXISTS parent (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);
