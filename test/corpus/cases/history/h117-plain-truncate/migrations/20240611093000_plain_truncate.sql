-- case: truncate
-- tool: plain
-- expect: truncate@4, require-lock-timeout@4
TRUNCATE ledger;
