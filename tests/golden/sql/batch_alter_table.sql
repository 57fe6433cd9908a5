-- batch_alter_table: batchAlterTable with copyFrom: column add/alter/rename/drop, constraints, indexes

-- postgresql
ALTER TABLE account ADD COLUMN extra INTEGER;

ALTER TABLE account ALTER COLUMN amount DROP DEFAULT;

ALTER TABLE account ALTER COLUMN amount TYPE NUMERIC(10, 2) USING amount::numeric;

ALTER TABLE account ALTER COLUMN amount SET NOT NULL;

ALTER TABLE account ALTER COLUMN amount SET DEFAULT 0;

ALTER TABLE account RENAME COLUMN name TO full_name;

ALTER TABLE account DROP CONSTRAINT uq_account_legacy;

ALTER TABLE account DROP COLUMN legacy;

ALTER TABLE account ADD CONSTRAINT ck_account_amount CHECK (amount >= 0);

CREATE INDEX ix_account_extra ON account (extra);

-- mysql
ALTER TABLE account ADD COLUMN extra INTEGER;

ALTER TABLE account MODIFY amount NUMERIC(10, 2) NOT NULL DEFAULT 0;

ALTER TABLE account RENAME COLUMN name TO full_name;

ALTER TABLE account DROP INDEX uq_account_legacy;

ALTER TABLE account DROP COLUMN legacy;

ALTER TABLE account ADD CONSTRAINT ck_account_amount CHECK (amount >= 0);

CREATE INDEX ix_account_extra ON account (extra);

-- mariadb: same as mysql

-- sqlite
CREATE TEMP TABLE _mig_fk_guard (referencing_tables INTEGER CONSTRAINT "batchAlterTable('account') needs PRAGMA foreign_keys=OFF: foreign keys reference the table" CHECK (referencing_tables = 0));

INSERT INTO _mig_fk_guard SELECT count(*) FROM pragma_foreign_keys AS p, sqlite_master AS m, pragma_foreign_key_list(m.name) AS f WHERE p.foreign_keys = 1 AND m.type = 'table' AND lower(f."table") = lower('account');

DROP TABLE _mig_fk_guard;

CREATE TABLE _mig_tmp_account (
    id INTEGER NOT NULL,
    full_name VARCHAR(50) NOT NULL,
    amount NUMERIC(10, 2) DEFAULT 0 NOT NULL,
    extra INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT ck_account_amount CHECK (amount >= 0)
);

INSERT INTO _mig_tmp_account (id, full_name, amount) SELECT id, name, CAST(amount AS NUMERIC(10, 2)) FROM account;

DROP TABLE account;

PRAGMA legacy_alter_table=ON;

ALTER TABLE _mig_tmp_account RENAME TO account;

PRAGMA legacy_alter_table=OFF;

CREATE INDEX ix_account_name ON account (full_name);

CREATE INDEX ix_account_extra ON account (extra);
