-- case: a purge procedure that commits each batch, created and called in a migration goose wraps in a transaction
-- expect: transaction-nesting@20
-- tool: goose

-- +goose Up
-- +goose StatementBegin
CREATE PROCEDURE purge_old_audit_events(batch_size int DEFAULT 10000)
LANGUAGE plpgsql AS $$
BEGIN
  LOOP
    DELETE FROM audit_events
    WHERE id IN (SELECT id FROM audit_events WHERE created_at < now() - interval '1 year' LIMIT batch_size);
    EXIT WHEN NOT FOUND;
    COMMIT;
  END LOOP;
END
$$;
-- +goose StatementEnd

CALL purge_old_audit_events();

-- +goose Down
DROP PROCEDURE purge_old_audit_events(int);
