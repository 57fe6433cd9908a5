-- lock_timeout_below_a_second: MySQL's lock_wait_timeout has no sub-second values: refused rather than rounded

-- postgresql
SET LOCAL lock_timeout = '250ms';

-- mysql
-- error: CompileError: op.setLockTimeout('250ms'): MySQL's lock_wait_timeout counts whole seconds (at least 1s)

-- mariadb
-- error: CompileError: op.setLockTimeout('250ms'): MariaDB's lock_wait_timeout counts whole seconds (at least 1s)

-- sqlite
PRAGMA busy_timeout = 250;
