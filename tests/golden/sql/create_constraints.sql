-- create_constraints: createPrimaryKey, createUniqueConstraint, createForeignKey, createCheckConstraint (not SQLite: batchAlterTable)

-- postgresql
ALTER TABLE item ADD CONSTRAINT pk_item PRIMARY KEY (id);

ALTER TABLE item ADD CONSTRAINT uq_item_name UNIQUE (name);

ALTER TABLE item ADD UNIQUE (name, qty) DEFERRABLE;

ALTER TABLE item ADD CONSTRAINT fk_item_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE DEFERRABLE INITIALLY DEFERRED;

ALTER TABLE item ADD CONSTRAINT ck_item_qty CHECK (qty >= 0);

-- mysql
ALTER TABLE item ADD CONSTRAINT pk_item PRIMARY KEY (id);

ALTER TABLE item ADD CONSTRAINT uq_item_name UNIQUE (name);

ALTER TABLE item ADD UNIQUE (name, qty);

ALTER TABLE item ADD CONSTRAINT fk_item_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE item ADD CONSTRAINT ck_item_qty CHECK (qty >= 0);

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('item', (batch) => ...), which recreates the table with a copy-and-move strategy
