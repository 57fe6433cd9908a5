-- create_table_string_without_length: t.string() without a length: fine where VARCHAR needs none, an error on MySQL

-- postgresql
CREATE TABLE loose (
    s VARCHAR
);

-- mysql
-- error: CompileError: VARCHAR requires a length on dialect mysql: use t.string(length) or t.text()

-- mariadb: same as mysql

-- sqlite
CREATE TABLE loose (
    s VARCHAR
);
