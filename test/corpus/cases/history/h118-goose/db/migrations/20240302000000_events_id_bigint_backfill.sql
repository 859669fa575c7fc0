-- case: int -> bigint, migrate: keyset-batched backfill outside a transaction
-- tool: goose
-- expect: clean

-- +goose NO TRANSACTION
-- +goose Up
-- +goose StatementBegin
DO $$
DECLARE
  last_id integer := 0;
  max_id integer;
BEGIN
  SELECT coalesce(max(id), 0) INTO max_id FROM events;
  WHILE last_id < max_id LOOP
    UPDATE events SET id_new = id
     WHERE id > last_id AND id <= last_id + 20000 AND id_new IS NULL;
    last_id := last_id + 20000;
    COMMIT;
  END LOOP;
END
$$;
-- +goose StatementEnd

-- +goose Down
SELECT 1;
