-- bulk_insert: bulkInsert literals: strings (quotes, backslashes, unicode, newlines), numbers, bigint, booleans, null, dates

-- postgresql
INSERT INTO vals (id, s) VALUES (1, 'it''s'), (2, 'back\slash'), (3, '\'''), (4, '"double"'), (5, 'naïve ☃ 😀'), (6, '%s ? $1 :x'), (7, 'line
break	tab'), (8, '');

INSERT INTO vals (id, n, big, flag, at) VALUES (20, -1.5, 9007199254740993, true, '2024-02-29 23:59:58.123+00');

INSERT INTO vals (id, n, big, flag, at, s) VALUES (21, 0, -42, false, NULL, NULL);

-- mysql
INSERT INTO vals (id, s) VALUES (1, 'it''s'), (2, 'back\\slash'), (3, '\\'''), (4, '"double"'), (5, 'naïve ☃ 😀'), (6, '%s ? $1 :x'), (7, 'line
break	tab'), (8, '');

INSERT INTO vals (id, n, big, flag, at) VALUES (20, -1.5, 9007199254740993, true, '2024-02-29 23:59:58.123');

INSERT INTO vals (id, n, big, flag, at, s) VALUES (21, 0, -42, false, NULL, NULL);

-- mariadb: same as mysql

-- sqlite
INSERT INTO vals (id, s) VALUES (1, 'it''s'), (2, 'back\slash'), (3, '\'''), (4, '"double"'), (5, 'naïve ☃ 😀'), (6, '%s ? $1 :x'), (7, 'line
break	tab'), (8, '');

INSERT INTO vals (id, n, big, flag, at) VALUES (20, -1.5, 9007199254740993, 1, '2024-02-29 23:59:58.123');

INSERT INTO vals (id, n, big, flag, at, s) VALUES (21, 0, -42, 0, NULL, NULL);
