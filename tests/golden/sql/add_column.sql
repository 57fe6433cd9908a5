-- add_column: addColumn: nullable, NOT NULL with a default, comment

-- postgresql
ALTER TABLE account ADD COLUMN last_seen TIMESTAMP WITH TIME ZONE;

ALTER TABLE account ADD COLUMN status VARCHAR(10) DEFAULT 'new' NOT NULL;

ALTER TABLE account ADD COLUMN note TEXT;

COMMENT ON COLUMN account.note IS 'free text';

-- mysql
ALTER TABLE account ADD COLUMN last_seen DATETIME;

ALTER TABLE account ADD COLUMN status VARCHAR(10) NOT NULL DEFAULT 'new';

ALTER TABLE account ADD COLUMN note TEXT COMMENT 'free text';

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account ADD COLUMN last_seen DATETIME;

ALTER TABLE account ADD COLUMN status VARCHAR(10) DEFAULT 'new' NOT NULL;

ALTER TABLE account ADD COLUMN note TEXT;
