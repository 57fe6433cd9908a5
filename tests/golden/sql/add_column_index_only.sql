-- add_column_index_only: addColumn with index and unique+index: works on SQLite too

-- postgresql
ALTER TABLE account ADD COLUMN tag VARCHAR(10);

CREATE INDEX ix_account_tag ON account (tag);

ALTER TABLE account ADD COLUMN ref VARCHAR(10);

CREATE UNIQUE INDEX ix_account_ref ON account (ref);

-- mysql
ALTER TABLE account ADD COLUMN tag VARCHAR(10);

CREATE INDEX ix_account_tag ON account (tag);

ALTER TABLE account ADD COLUMN ref VARCHAR(10);

CREATE UNIQUE INDEX ix_account_ref ON account (ref);

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account ADD COLUMN tag VARCHAR(10);

CREATE INDEX ix_account_tag ON account (tag);

ALTER TABLE account ADD COLUMN ref VARCHAR(10);

CREATE UNIQUE INDEX ix_account_ref ON account (ref);
