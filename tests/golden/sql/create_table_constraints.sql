-- create_table_constraints: composite and named primary key, unique (deferrable), check, foreign keys with actions, column shorthands

-- postgresql
CREATE TABLE child (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    parent_id INTEGER,
    code VARCHAR(10),
    email VARCHAR(100),
    label VARCHAR(20),
    qty INTEGER,
    other_parent INTEGER,
    CONSTRAINT pk_child PRIMARY KEY (a, b),
    CONSTRAINT uq_child_qty_label UNIQUE (qty, label) DEFERRABLE INITIALLY DEFERRED,
    CONSTRAINT ck_child_qty CHECK (qty > 0),
    CONSTRAINT fk_child_other FOREIGN KEY(other_parent) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(parent_id) REFERENCES parent (id),
    UNIQUE (code)
);

CREATE UNIQUE INDEX ix_child_ab ON child (a, b);

CREATE UNIQUE INDEX ix_child_email ON child (email);

CREATE INDEX ix_child_label ON child (label);

-- mysql
CREATE TABLE child (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    parent_id INTEGER,
    code VARCHAR(10),
    email VARCHAR(100),
    label VARCHAR(20),
    qty INTEGER,
    other_parent INTEGER,
    CONSTRAINT pk_child PRIMARY KEY (a, b),
    CONSTRAINT uq_child_qty_label UNIQUE (qty, label),
    CONSTRAINT ck_child_qty CHECK (qty > 0),
    CONSTRAINT fk_child_other FOREIGN KEY(other_parent) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL,
    FOREIGN KEY(parent_id) REFERENCES parent (id),
    UNIQUE (code)
);

CREATE UNIQUE INDEX ix_child_ab ON child (a, b);

CREATE UNIQUE INDEX ix_child_email ON child (email);

CREATE INDEX ix_child_label ON child (label);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE child (
    a INTEGER NOT NULL,
    b INTEGER NOT NULL,
    parent_id INTEGER,
    code VARCHAR(10),
    email VARCHAR(100),
    label VARCHAR(20),
    qty INTEGER,
    other_parent INTEGER,
    CONSTRAINT pk_child PRIMARY KEY (a, b),
    CONSTRAINT uq_child_qty_label UNIQUE (qty, label),
    CONSTRAINT ck_child_qty CHECK (qty > 0),
    CONSTRAINT fk_child_other FOREIGN KEY(other_parent) REFERENCES parent (id) ON DELETE CASCADE ON UPDATE SET NULL DEFERRABLE INITIALLY DEFERRED,
    FOREIGN KEY(parent_id) REFERENCES parent (id),
    UNIQUE (code)
);

CREATE UNIQUE INDEX ix_child_ab ON child (a, b);

CREATE UNIQUE INDEX ix_child_email ON child (email);

CREATE INDEX ix_child_label ON child (label);
