-- lock_timeout: setLockTimeout: SET LOCAL in the migration's transaction, SET in an autocommit block, whole seconds on MySQL, busy_timeout on SQLite

-- postgresql
SET LOCAL lock_timeout = '5s';

SET lock_timeout = '2000ms';

-- mysql
SET SESSION lock_wait_timeout = 5;

SET SESSION lock_wait_timeout = 2;

-- mariadb: same as mysql

-- sqlite
PRAGMA busy_timeout = 5000;

PRAGMA busy_timeout = 2000;
