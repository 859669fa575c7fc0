-- case: goose StatementBegin/End around a batched DO loop (in goose transaction, no COMMIT)
-- expect: clean
-- tool: goose

-- +goose Up
-- +goose StatementBegin
DO $$
DECLARE
  n integer;
BEGIN
  LOOP
    DELETE FROM sessions
    WHERE id IN (SELECT id FROM sessions WHERE expires_at < now() LIMIT 1000);
    GET DIAGNOSTICS n = ROW_COUNT;
    EXIT WHEN n = 0;
  END LOOP;
END
$$;
-- +goose StatementEnd

-- +goose Down
SELECT 1;
