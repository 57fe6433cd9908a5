-- bulk_insert_grouping: rows with the same keys share one INSERT; a missing key takes the column default; {} inserts defaults

-- postgresql
INSERT INTO g (id, v) VALUES (1, 'a'), (2, 'b');

INSERT INTO g (id) VALUES (3);

INSERT INTO g (id, v) VALUES (4, 'ex' || 'pr');

INSERT INTO g DEFAULT VALUES;

-- mysql
INSERT INTO g (id, v) VALUES (1, 'a'), (2, 'b');

INSERT INTO g (id) VALUES (3);

INSERT INTO g (id, v) VALUES (4, 'ex' || 'pr');

INSERT INTO g () VALUES ();

-- mariadb: same as mysql

-- sqlite
INSERT INTO g (id, v) VALUES (1, 'a'), (2, 'b');

INSERT INTO g (id) VALUES (3);

INSERT INTO g (id, v) VALUES (4, 'ex' || 'pr');

INSERT INTO g DEFAULT VALUES;
