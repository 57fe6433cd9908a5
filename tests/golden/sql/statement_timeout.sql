-- statement_timeout: setStatementTimeout: PostgreSQL's statement_timeout; no equivalent elsewhere

-- postgresql
SET LOCAL statement_timeout = '2min';

-- mysql
-- error: CompileError: op.setStatementTimeout() is not supported by MySQL

-- mariadb
-- error: CompileError: op.setStatementTimeout() is not supported by MariaDB

-- sqlite
-- error: CompileError: op.setStatementTimeout() has no SQLite equivalent; leave it out when op.dialect is 'sqlite'
