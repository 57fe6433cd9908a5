-- execute: op.execute: text as written (trailing semicolons dropped), t.sql templates with literals

-- postgresql
INSERT INTO e (id, s) VALUES (1, 'one');

INSERT INTO e (id, s) VALUES (2, 'it''s \ two');

UPDATE e SET s = '3' WHERE id = 1;

-- mysql
INSERT INTO e (id, s) VALUES (1, 'one');

INSERT INTO e (id, s) VALUES (2, 'it''s \\ two');

UPDATE e SET s = '3' WHERE id = 1;

-- mariadb: same as mysql

-- sqlite
INSERT INTO e (id, s) VALUES (1, 'one');

INSERT INTO e (id, s) VALUES (2, 'it''s \ two');

UPDATE e SET s = '3' WHERE id = 1;
