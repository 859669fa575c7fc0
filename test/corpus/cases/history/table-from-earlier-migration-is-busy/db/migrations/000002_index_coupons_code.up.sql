-- case: coupons was created by an earlier migration: it is in use now
-- expect: require-concurrent-index@5, require-lock-timeout@5
-- tool: golang-migrate

CREATE INDEX coupons_code_idx ON coupons (code);
