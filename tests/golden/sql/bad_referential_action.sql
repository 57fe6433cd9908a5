-- bad_referential_action: onDelete is checked against the SQL phrases it may be, never pasted in

-- postgresql
-- error: CompileError: Unexpected SQL phrase: 'CASCADE; DROP TABLE b' (onDelete)

-- mysql
-- error: CompileError: Unexpected SQL phrase: 'CASCADE; DROP TABLE b' (onDelete)

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for ALTER of constraints in SQLite dialect: use op.batchAlterTable('a', (batch) => ...), which recreates the table with a copy-and-move strategy
