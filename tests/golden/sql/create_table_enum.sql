-- create_table_enum: t.enum: a named type created first on PostgreSQL, ENUM(...) on MySQL, VARCHAR on SQLite

-- postgresql
CREATE TYPE mood AS ENUM ('happy', 'it''s ok');

CREATE TABLE person (
    id SERIAL NOT NULL,
    mood mood NOT NULL,
    PRIMARY KEY (id)
);

-- mysql
CREATE TABLE person (
    id INTEGER NOT NULL AUTO_INCREMENT,
    mood ENUM('happy','it''s ok') NOT NULL,
    PRIMARY KEY (id)
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE person (
    id INTEGER NOT NULL,
    mood VARCHAR(7) NOT NULL,
    PRIMARY KEY (id)
);
