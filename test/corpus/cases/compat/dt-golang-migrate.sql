-- case: golang-migrate contract migration dropping a v1 table
-- expect: drop-table@5, require-lock-timeout@5
-- tool: golang-migrate

DROP TABLE IF EXISTS feature_flags_v1;
