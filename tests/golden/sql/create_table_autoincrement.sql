-- create_table_autoincrement: autoincrement: BIGSERIAL/SMALLSERIAL, none for composite keys or autoincrement false, AUTOINCREMENT on SQLite when asked

-- postgresql
CREATE TABLE big (
    id BIGSERIAL NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE small (
    id SMALLSERIAL NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE pair (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);

CREATE TABLE manual (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE strict (
    id SERIAL NOT NULL,
    PRIMARY KEY (id)
);

-- mysql
CREATE TABLE big (
    id BIGINT NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (id)
);

CREATE TABLE small (
    id SMALLINT NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (id)
);

CREATE TABLE pair (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);

CREATE TABLE manual (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE strict (
    id INTEGER NOT NULL AUTO_INCREMENT,
    PRIMARY KEY (id)
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE big (
    id BIGINT NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE small (
    id SMALLINT NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE pair (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    PRIMARY KEY (a, b)
);

CREATE TABLE manual (
    id INTEGER NOT NULL,
    PRIMARY KEY (id)
);

CREATE TABLE strict (
    id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT
);
