-- drop_constraints: dropConstraint by type: MySQL DROP FOREIGN KEY / INDEX / CHECK / PRIMARY KEY, MariaDB DROP CONSTRAINT for checks

-- postgresql
ALTER TABLE item DROP CONSTRAINT fk_item_parent;

ALTER TABLE item DROP CONSTRAINT uq_item_name;

ALTER TABLE item DROP CONSTRAINT ck_item_qty;

ALTER TABLE item DROP CONSTRAINT pk_item;

-- mysql
ALTER TABLE item DROP FOREIGN KEY fk_item_parent;

ALTER TABLE item DROP INDEX uq_item_name;

ALTER TABLE item DROP CHECK ck_item_qty;

ALTER TABLE item DROP PRIMARY KEY;

-- mariadb
ALTER TABLE item DROP FOREIGN KEY fk_item_parent;

ALTER TABLE item DROP INDEX uq_item_name;

ALTER TABLE item DROP CONSTRAINT ck_item_qty;

ALTER TABLE item DROP PRIMARY KEY;

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('item', (batch) => ...), which recreates the table with a copy-and-move strategy
