-- shared_enum: two tables share an enum: created once, dropped with the last table using it

-- postgresql
CREATE TYPE mood AS ENUM ('a', 'b');

CREATE TABLE one (
    m mood
);

CREATE TABLE two (
    m mood
);

DROP TABLE one;

DROP TABLE two;

DROP TYPE mood;

-- mysql
CREATE TABLE one (
    m ENUM('a','b')
);

CREATE TABLE two (
    m ENUM('a','b')
);

DROP TABLE one;

DROP TABLE two;

-- mariadb: same as mysql

-- sqlite
CREATE TABLE one (
    m VARCHAR(1)
);

CREATE TABLE two (
    m VARCHAR(1)
);

DROP TABLE one;

DROP TABLE two;
