-- case: dbmate, CRLF, transaction:false, concurrent index then a plain one in the down
-- expect: require-concurrent-drop-index@10, require-lock-timeout@10
-- tool: dbmate

-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY IF NOT EXISTS
    "Customers_LastName_idx" ON "Customers" ("LastName");

-- migrate:down
DROP INDEX IF EXISTS "Customers_LastName_idx";
