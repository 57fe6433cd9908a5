-- create_table_pg_types: t.raw with a PostgreSQL-only type (runs on PostgreSQL only)

-- postgresql
CREATE TABLE docs (
    id SERIAL NOT NULL,
    body tsvector,
    PRIMARY KEY (id)
);

-- mysql
CREATE TABLE docs (
    id INTEGER NOT NULL AUTO_INCREMENT,
    body tsvector,
    PRIMARY KEY (id)
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE docs (
    id INTEGER NOT NULL,
    body tsvector,
    PRIMARY KEY (id)
);
