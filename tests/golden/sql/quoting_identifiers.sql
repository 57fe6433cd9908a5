-- quoting_identifiers: identifiers quoted only when needed: reserved words, uppercase, spaces, quotes, unicode, leading digits

-- postgresql
CREATE TABLE "Weird ""Table"" `x`" (
    "order" SERIAL NOT NULL,
    "select" VARCHAR(20),
    "user" VARCHAR(20),
    key VARCHAR(20),
    "café" VARCHAR(20),
    "1abc" INTEGER,
    "MixedCase" INTEGER,
    "with space" INTEGER,
    "it's" INTEGER,
    PRIMARY KEY ("order")
);

CREATE INDEX "ix_Weird ""Table"" `x`_MixedCase" ON "Weird ""Table"" `x`" ("MixedCase");

CREATE INDEX "Ix Weird" ON "Weird ""Table"" `x`" ("select", "café");

INSERT INTO "Weird ""Table"" `x`" ("order", "select", "user", key, "café", "1abc", "MixedCase", "with space", "it's") VALUES (1, 's', 'u', 'k', 'c', 2, 3, 4, 5);

-- mysql
CREATE TABLE `Weird "Table" ``x``` (
    `order` INTEGER NOT NULL AUTO_INCREMENT,
    `select` VARCHAR(20),
    user VARCHAR(20),
    `key` VARCHAR(20),
    `café` VARCHAR(20),
    `1abc` INTEGER,
    `MixedCase` INTEGER,
    `with space` INTEGER,
    `it's` INTEGER,
    PRIMARY KEY (`order`)
);

CREATE INDEX `ix_Weird "Table" ``x``_MixedCase` ON `Weird "Table" ``x``` (`MixedCase`);

CREATE INDEX `Ix Weird` ON `Weird "Table" ``x``` (`select`, `café`);

INSERT INTO `Weird "Table" ``x``` (`order`, `select`, user, `key`, `café`, `1abc`, `MixedCase`, `with space`, `it's`) VALUES (1, 's', 'u', 'k', 'c', 2, 3, 4, 5);

-- mariadb: same as mysql

-- sqlite
CREATE TABLE "Weird ""Table"" `x`" (
    "order" INTEGER NOT NULL,
    "select" VARCHAR(20),
    user VARCHAR(20),
    "key" VARCHAR(20),
    "café" VARCHAR(20),
    "1abc" INTEGER,
    "MixedCase" INTEGER,
    "with space" INTEGER,
    "it's" INTEGER,
    PRIMARY KEY ("order")
);

CREATE INDEX "ix_Weird ""Table"" `x`_MixedCase" ON "Weird ""Table"" `x`" ("MixedCase");

CREATE INDEX "Ix Weird" ON "Weird ""Table"" `x`" ("select", "café");

INSERT INTO "Weird ""Table"" `x`" ("order", "select", user, "key", "café", "1abc", "MixedCase", "with space", "it's") VALUES (1, 's', 'u', 'k', 'c', 2, 3, 4, 5);
