-- case: vacuum full
-- tool: plain
-- expect: table-rewrite-maintenance@4, require-lock-timeout@4
VACUUM FULL ledger;
