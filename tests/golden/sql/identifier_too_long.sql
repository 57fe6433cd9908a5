-- identifier_too_long: an identifier the database would truncate silently: an error on PostgreSQL (63 bytes) and MySQL (64)

-- postgresql
-- error: CompileError: Identifier 'tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt' exceeds maximum length of 63 characters

-- mysql
CREATE TABLE tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (
    id INTEGER
);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE tttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttttt (
    id INTEGER
);
