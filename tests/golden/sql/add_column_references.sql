-- add_column_references: addColumn with references: a separate ADD FOREIGN KEY, inline REFERENCES on SQLite

-- postgresql
ALTER TABLE account ADD COLUMN parent_id INTEGER;

ALTER TABLE account ADD FOREIGN KEY(parent_id) REFERENCES account (id);

-- mysql
ALTER TABLE account ADD COLUMN parent_id INTEGER;

ALTER TABLE account ADD FOREIGN KEY(parent_id) REFERENCES account (id);

-- mariadb: same as mysql

-- sqlite
ALTER TABLE account ADD COLUMN parent_id INTEGER REFERENCES account (id);
