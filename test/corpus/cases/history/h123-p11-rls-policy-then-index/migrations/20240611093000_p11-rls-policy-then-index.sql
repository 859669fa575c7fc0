-- case: enable RLS and a policy, then an index, in one transaction
-- expect: require-concurrent-index@10, lock-held-during-slow-operation@10
-- tool: plain

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
CREATE POLICY orders_owner ON orders
  USING (user_id = current_setting('app.user_id')::bigint);
CREATE INDEX orders_state_idx ON orders (state);
COMMIT;
