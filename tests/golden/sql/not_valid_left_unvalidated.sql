-- not_valid_left_unvalidated: a constraint added notValid stays unvalidated until validateConstraint

-- postgresql
ALTER TABLE item ADD CONSTRAINT fk_item_parent FOREIGN KEY(parent_id) REFERENCES parent (id) NOT VALID;

-- mysql
-- error: CompileError: notValid: true (ADD CONSTRAINT ... NOT VALID) is PostgreSQL's: MySQL has no equivalent; leave it out when op.dialect is not 'postgresql'

-- mariadb
-- error: CompileError: notValid: true (ADD CONSTRAINT ... NOT VALID) is PostgreSQL's: MariaDB has no equivalent; leave it out when op.dialect is not 'postgresql'

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('item', (batch) => ...), which recreates the table with a copy-and-move strategy
