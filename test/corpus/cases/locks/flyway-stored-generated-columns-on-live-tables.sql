-- case: a stored generated column added to a live table rewrites it under AccessExclusiveLock (new relfilenode on
-- case: PostgreSQL 15), and Flyway's one transaction keeps each table's lock while the next one is rewritten.
-- tool: flyway
-- expect: add-column-rewrite@6, require-lock-timeout@6, add-column-rewrite@7, lock-held-during-slow-operation@7
-- expect: add-column-rewrite@8, lock-held-during-slow-operation@8, add-column-rewrite@9, lock-held-during-slow-operation@9
alter table carts add "store_id" VARCHAR(64) GENERATED ALWAYS AS (doc ->> 'storeId') STORED;
alter table orders add "store_id" VARCHAR(64) GENERATED ALWAYS AS (doc ->> 'storeId') STORED;
alter table refunds add "store_id" VARCHAR(64) GENERATED ALWAYS AS (doc ->> 'storeId') STORED;
alter table transfers add "origin_store_id" VARCHAR(64) GENERATED ALWAYS AS (doc #>> '{origin, storeId}') STORED;
