-- create_table_comment: table and column comments: COMMENT ON (PostgreSQL), inline (MySQL), dropped silently (SQLite has none)

-- postgresql
CREATE TABLE noted (
    id SERIAL NOT NULL,
    note TEXT,
    PRIMARY KEY (id)
);

COMMENT ON TABLE noted IS 'a table''s comment';

COMMENT ON COLUMN noted.id IS 'the key';

COMMENT ON COLUMN noted.note IS 'it''s "quoted" \ here';

-- mysql
CREATE TABLE noted (
    id INTEGER NOT NULL AUTO_INCREMENT COMMENT 'the key',
    note TEXT COMMENT 'it''s "quoted" \\ here',
    PRIMARY KEY (id)
) COMMENT='a table''s comment';

-- mariadb: same as mysql

-- sqlite
CREATE TABLE noted (
    id INTEGER NOT NULL,
    note TEXT,
    PRIMARY KEY (id)
);
