-- case: drop table
-- tool: plain
-- expect: drop-table@4, require-lock-timeout@4
DROP TABLE ledger;
