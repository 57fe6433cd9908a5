-- create_table_types: every t.* type, rendered per dialect

-- postgresql
CREATE TYPE colour AS ENUM ('red', 'green', 'blue-ish');

CREATE TABLE typed (
    i INTEGER,
    bi BIGINT,
    si SMALLINT,
    s VARCHAR(20),
    tx TEXT,
    b BOOLEAN,
    dt TIMESTAMP WITHOUT TIME ZONE,
    dtz TIMESTAMP WITH TIME ZONE,
    d DATE,
    tm TIME WITHOUT TIME ZONE,
    n NUMERIC(10, 2),
    n1 NUMERIC(5),
    n0 NUMERIC,
    f FLOAT,
    j JSON,
    u UUID,
    bin BYTEA,
    e colour,
    r SMALLINT
);

-- mysql
CREATE TABLE typed (
    i INTEGER,
    bi BIGINT,
    si SMALLINT,
    s VARCHAR(20),
    tx TEXT,
    b BOOL,
    dt DATETIME,
    dtz DATETIME,
    d DATE,
    tm TIME,
    n NUMERIC(10, 2),
    n1 NUMERIC(5),
    n0 NUMERIC,
    f FLOAT,
    j JSON,
    u CHAR(32),
    bin BLOB,
    e ENUM('red','green','blue-ish'),
    r SMALLINT
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE typed (
    i INTEGER,
    bi BIGINT,
    si SMALLINT,
    s VARCHAR(20),
    tx TEXT,
    b BOOLEAN,
    dt DATETIME,
    dtz DATETIME,
    d DATE,
    tm TIME,
    n NUMERIC(10, 2),
    n1 NUMERIC(5),
    n0 NUMERIC,
    f FLOAT,
    j JSON,
    u CHAR(32),
    bin BLOB,
    e VARCHAR(8),
    r SMALLINT
);
