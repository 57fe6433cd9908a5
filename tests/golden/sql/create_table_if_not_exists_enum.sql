-- create_table_if_not_exists_enum: createTable ifNotExists with an enum: CREATE TYPE has no IF NOT EXISTS, so PostgreSQL tolerates an existing type

-- postgresql
DO $mig$ BEGIN CREATE TYPE state AS ENUM ('on', 'off'); EXCEPTION WHEN duplicate_object THEN NULL; END $mig$;

CREATE TABLE IF NOT EXISTS flagged (
    state state
);

-- mysql
CREATE TABLE IF NOT EXISTS flagged (
    state ENUM('on','off')
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE IF NOT EXISTS flagged (
    state VARCHAR(3)
);
