-- case: new table, FK without an index on the referencing column
-- expect: foreign-key-without-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TABLE payments (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES orders (id),
  amount numeric(12,2) NOT NULL
);
