-- batch_alter_table_recreate_always: recreate 'always': SQLite recreates even for an added column; PostgreSQL and MySQL refuse

-- postgresql
-- error: CompileError: batchAlterTable('account') with recreate 'always' is only supported on SQLite; PostgreSQL alters the table in place

-- mysql
-- error: CompileError: batchAlterTable('account') with recreate 'always' is only supported on SQLite; MySQL alters the table in place

-- mariadb
-- error: CompileError: batchAlterTable('account') with recreate 'always' is only supported on SQLite; MariaDB alters the table in place

-- sqlite
CREATE TEMP TABLE _mig_fk_guard (referencing_tables INTEGER CONSTRAINT "batchAlterTable('account') needs PRAGMA foreign_keys=OFF: foreign keys reference the table" CHECK (referencing_tables = 0));

INSERT INTO _mig_fk_guard SELECT count(*) FROM pragma_foreign_keys AS p, sqlite_master AS m, pragma_foreign_key_list(m.name) AS f WHERE p.foreign_keys = 1 AND m.type = 'table' AND lower(f."table") = lower('account');

DROP TABLE _mig_fk_guard;

CREATE TABLE _mig_tmp_account (
    id INTEGER NOT NULL,
    name VARCHAR(50) NOT NULL,
    amount VARCHAR(20) DEFAULT '0',
    legacy INTEGER,
    x INTEGER,
    PRIMARY KEY (id),
    CONSTRAINT uq_account_legacy UNIQUE (legacy)
);

INSERT INTO _mig_tmp_account (id, name, amount, legacy) SELECT id, name, amount, legacy FROM account;

DROP TABLE account;

PRAGMA legacy_alter_table=ON;

ALTER TABLE _mig_tmp_account RENAME TO account;

PRAGMA legacy_alter_table=OFF;

CREATE INDEX ix_account_name ON account (name);
