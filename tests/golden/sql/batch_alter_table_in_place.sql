-- batch_alter_table_in_place: a batch SQLite can do without recreating: simple addColumn, createIndex, dropIndex, a rename, comments ignored

-- postgresql
ALTER TABLE account ADD COLUMN note TEXT;

CREATE INDEX ix_account_note ON account (note);

DROP INDEX ix_account_name;

ALTER TABLE account RENAME COLUMN name TO label;

COMMENT ON TABLE account IS 'accounts';

-- mysql
ALTER TABLE account ADD COLUMN note TEXT;

CREATE INDEX ix_account_note ON account (note);

DROP INDEX ix_account_name ON account;

ALTER TABLE account RENAME COLUMN name TO label;

ALTER TABLE account COMMENT 'accounts';

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account ADD COLUMN note TEXT;

CREATE INDEX ix_account_note ON account (note);

DROP INDEX ix_account_name;

ALTER TABLE account RENAME COLUMN name TO label;
