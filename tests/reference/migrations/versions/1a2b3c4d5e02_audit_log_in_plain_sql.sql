-- message: audit log, in plain SQL
-- revision: 1a2b3c4d5e02
-- down_revision: 1a2b3c4d5e01
-- create_date: 2026-11-21 10:05:00

-- migrate:up
-- Portable SQL: the same text runs on PostgreSQL, MySQL/MariaDB and SQLite.
CREATE TABLE audit_log (
    id INTEGER NOT NULL,
    happened VARCHAR(40) NOT NULL,
    detail VARCHAR(200),
    PRIMARY KEY (id)
);
CREATE INDEX ix_audit_log_happened ON audit_log (happened);

-- migrate:down
DROP TABLE audit_log;
