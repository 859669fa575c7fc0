-- case: a batched backfill that commits each batch, in a goose migration that goose wraps in a transaction
-- expect: transaction-nesting@6
-- tool: goose

-- +goose Up
DO $$
DECLARE
  moved int;
BEGIN
  LOOP
    UPDATE accounts SET plan_code = 'free'
    WHERE id IN (SELECT id FROM accounts WHERE plan_code IS NULL LIMIT 5000);
    GET DIAGNOSTICS moved = ROW_COUNT;
    EXIT WHEN moved = 0;
    COMMIT;
  END LOOP;
END
$$;

-- +goose Down
SELECT 1;
