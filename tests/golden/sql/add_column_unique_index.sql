-- add_column_unique_index: addColumn with unique (a constraint; SQLite cannot) and with index (ix_<table>_<column>)

-- postgresql
ALTER TABLE account ADD COLUMN code VARCHAR(10);

ALTER TABLE account ADD UNIQUE (code);

ALTER TABLE account ADD COLUMN tag VARCHAR(10);

CREATE INDEX ix_account_tag ON account (tag);

ALTER TABLE account ADD COLUMN ref VARCHAR(10);

CREATE UNIQUE INDEX ix_account_ref ON account (ref);

-- mysql
ALTER TABLE account ADD COLUMN code VARCHAR(10);

ALTER TABLE account ADD UNIQUE (code);

ALTER TABLE account ADD COLUMN tag VARCHAR(10);

CREATE INDEX ix_account_tag ON account (tag);

ALTER TABLE account ADD COLUMN ref VARCHAR(10);

CREATE UNIQUE INDEX ix_account_ref ON account (ref);

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER TABLE ADD COLUMN with a UNIQUE constraint in SQLite dialect: use op.batchAlterTable('account', (batch) => ...), which recreates the table with a copy-and-move strategy
