-- message: big items view, outside the transaction
-- revision: 1a2b3c4d5e0d
-- down_revision: 1a2b3c4d5e0c
-- create_date: 2026-11-21 11:00:00

-- migrate:up transaction:false
CREATE VIEW big_items AS SELECT order_id, line, quantity FROM order_item WHERE quantity >= 10;

-- migrate:down transaction:false
DROP VIEW big_items;
