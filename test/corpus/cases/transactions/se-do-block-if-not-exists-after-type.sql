-- case: IF NOT EXISTS written after the column's type inside a DO block: PL/pgSQL compiles the whole body first,
-- case: so PostgreSQL 15 rejects the DO (syntax error at or near "IF") and none of it runs. The error is reported
-- case: on that statement; the foreign key next to it is still checked, the way statements after a top-level
-- case: syntax error are, since it runs once the typo is fixed.
-- tool: flyway
-- expect: require-lock-timeout@8, syntax-error@13, constraint-without-not-valid@15, foreign-key-without-index@15
-- expect: lock-held-during-slow-operation@15
ALTER TABLE order_items ADD COLUMN IF NOT EXISTS gift_wrap_id BIGINT;

DO $$
BEGIN

  ALTER TABLE order_items ADD COLUMN gift_wrap_id bigint IF NOT EXISTS;
  BEGIN
    ALTER TABLE order_items ADD CONSTRAINT fk_order_items_gift_wrap FOREIGN KEY (gift_wrap_id) REFERENCES gift_wraps (id);
  EXCEPTION
    WHEN duplicate_object THEN RAISE NOTICE 'fk_order_items_gift_wrap is already there';
  END;

END $$;
