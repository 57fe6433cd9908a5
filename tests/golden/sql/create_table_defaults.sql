-- create_table_defaults: server defaults: strings are escaped literals, t.sql is an expression, op.inlineLiteral a literal

-- postgresql
CREATE TABLE defaults (
    id SERIAL NOT NULL,
    s VARCHAR(40) DEFAULT 'it''s a \ back''slash ☃',
    n INTEGER DEFAULT 7,
    m INTEGER DEFAULT 42,
    flag BOOLEAN DEFAULT false NOT NULL,
    at TIMESTAMP WITHOUT TIME ZONE DEFAULT CURRENT_TIMESTAMP,
    tpl VARCHAR(20) DEFAULT 'x''y',
    PRIMARY KEY (id)
);

INSERT INTO defaults (id) VALUES (1);

-- mysql
CREATE TABLE defaults (
    id INTEGER NOT NULL AUTO_INCREMENT,
    s VARCHAR(40) DEFAULT 'it''s a \\ back''slash ☃',
    n INTEGER DEFAULT 7,
    m INTEGER DEFAULT 42,
    flag BOOL NOT NULL DEFAULT false,
    at DATETIME DEFAULT CURRENT_TIMESTAMP,
    tpl VARCHAR(20) DEFAULT 'x''y',
    PRIMARY KEY (id)
);

INSERT INTO defaults (id) VALUES (1);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE defaults (
    id INTEGER NOT NULL,
    s VARCHAR(40) DEFAULT 'it''s a \ back''slash ☃',
    n INTEGER DEFAULT 7,
    m INTEGER DEFAULT 42,
    flag BOOLEAN DEFAULT false NOT NULL,
    at DATETIME DEFAULT CURRENT_TIMESTAMP,
    tpl VARCHAR(20) DEFAULT 'x''y',
    PRIMARY KEY (id)
);

INSERT INTO defaults (id) VALUES (1);
