-- case: goose with StatementBegin blocks; the down drops a table the up did not create
-- expect: drop-table@20, require-lock-timeout@20
-- (the up UPDATE has a WHERE and no DDL on orders: fine)
-- tool: goose

-- +goose Up
-- +goose StatementBegin
UPDATE orders
   SET status = 'archived'
 WHERE created_at < now() - interval '5 years'
   AND status = 'closed';
-- +goose StatementEnd
-- +goose StatementBegin
CREATE TABLE order_archive_runs (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ran_at timestamptz NOT NULL DEFAULT now());
-- +goose StatementEnd

-- +goose Down
DROP TABLE order_archive_runs;
-- +goose StatementBegin
DROP TABLE
  order_archive_legacy;
-- +goose StatementEnd
