-- schema_qualified: ops on a table in another schema (PostgreSQL schema, MySQL database, SQLite attached database)

-- postgresql
CREATE TABLE other.s (
    id SERIAL NOT NULL,
    c INTEGER,
    PRIMARY KEY (id)
);

CREATE INDEX ix_s_c ON other.s (c);

ALTER TABLE other.s ADD COLUMN d INTEGER;

ALTER TABLE other.s RENAME TO s2;

CREATE INDEX ix_s2_d ON other.s2 (d);

DROP INDEX other.ix_s2_d;

INSERT INTO other.s2 (id, c) VALUES (1, 2);

DROP TABLE other.s2;

-- mysql
CREATE TABLE other.s (
    id INTEGER NOT NULL AUTO_INCREMENT,
    c INTEGER,
    PRIMARY KEY (id)
);

CREATE INDEX ix_s_c ON other.s (c);

ALTER TABLE other.s ADD COLUMN d INTEGER;

ALTER TABLE other.s RENAME TO other.s2;

CREATE INDEX ix_s2_d ON other.s2 (d);

DROP INDEX ix_s2_d ON other.s2;

INSERT INTO other.s2 (id, c) VALUES (1, 2);

DROP TABLE other.s2;

-- mariadb: same as mysql

-- sqlite
CREATE TABLE other.s (
    id INTEGER NOT NULL,
    c INTEGER,
    PRIMARY KEY (id)
);

CREATE INDEX other.ix_s_c ON s (c);

ALTER TABLE other.s ADD COLUMN d INTEGER;

ALTER TABLE other.s RENAME TO s2;

CREATE INDEX other.ix_s2_d ON s2 (d);

DROP INDEX other.ix_s2_d;

INSERT INTO other.s2 (id, c) VALUES (1, 2);

DROP TABLE other.s2;
