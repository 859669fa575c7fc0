-- case: Flyway script saved by an editor with a UTF-8 BOM
-- expect: constraint-without-not-valid@5, require-lock-timeout@5
-- tool: flyway

ALTER TABLE payments ADD CONSTRAINT payments_amount_positive
    CHECK (amount > 0);
