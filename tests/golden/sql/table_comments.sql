-- table_comments: createTableComment and dropTableComment (SQLite has no comments)

-- postgresql
COMMENT ON TABLE item IS 'what''s \ stocked';

COMMENT ON TABLE item IS NULL;

COMMENT ON TABLE parent IS 'parents';

-- mysql
ALTER TABLE item COMMENT 'what''s \\ stocked';

ALTER TABLE item COMMENT '';

ALTER TABLE parent COMMENT 'parents';

-- mariadb: same as mysql

-- sqlite
-- error: CompileError: No support for table comments in SQLite dialect: SQLite has no comments; skip this op when op.dialect is 'sqlite'
