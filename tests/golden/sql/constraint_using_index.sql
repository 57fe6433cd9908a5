-- constraint_using_index: createUniqueConstraint / createPrimaryKey adopting an index built beforehand (usingIndex)

-- postgresql
ALTER TABLE item ADD CONSTRAINT uq_item_name UNIQUE USING INDEX ux_item_name;

ALTER TABLE item ADD CONSTRAINT pk_item PRIMARY KEY USING INDEX ux_item_id;

-- mysql
-- error: CompileError: usingIndex (ADD CONSTRAINT ... UNIQUE USING INDEX) is PostgreSQL's: MySQL has no equivalent; leave it out when op.dialect is not 'postgresql'

-- mariadb
-- error: CompileError: usingIndex (ADD CONSTRAINT ... UNIQUE USING INDEX) is PostgreSQL's: MariaDB has no equivalent; leave it out when op.dialect is not 'postgresql'

-- sqlite
-- error: CompileError: usingIndex (ADD CONSTRAINT ... UNIQUE USING INDEX) is PostgreSQL's: SQLite has no equivalent; leave it out when op.dialect is not 'postgresql'
