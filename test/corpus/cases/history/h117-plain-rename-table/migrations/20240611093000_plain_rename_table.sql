-- case: rename table
-- tool: plain
-- expect: rename-table@4, require-lock-timeout@4
ALTER TABLE ledger RENAME TO journal;
