-- case: goose NO TRANSACTION: the procedure commits each batch, called on its own outside any transaction
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
-- +goose StatementBegin
CREATE PROCEDURE backfill_order_currency()
LANGUAGE plpgsql AS $$
DECLARE n int;
BEGIN
  LOOP
    UPDATE orders SET currency = 'EUR'
    WHERE id IN (SELECT id FROM orders WHERE currency IS NULL LIMIT 5000);
    GET DIAGNOSTICS n = ROW_COUNT;
    COMMIT;
    EXIT WHEN n = 0;
  END LOOP;
END $$;
-- +goose StatementEnd
CALL backfill_order_currency();
DROP PROCEDURE backfill_order_currency();

-- +goose Down
SELECT 1;
