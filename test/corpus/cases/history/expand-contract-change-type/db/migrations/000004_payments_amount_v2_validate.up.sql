-- case: validate it on its own
-- expect: clean
-- tool: golang-migrate

ALTER TABLE payments VALIDATE CONSTRAINT payments_amount_v2_not_null;
