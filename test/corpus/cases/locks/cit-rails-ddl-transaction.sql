-- case: Rails runs each migration in a transaction (no disable_ddl_transaction!): assumeInTransaction
-- expect: concurrently-in-transaction@6
-- assume-in-transaction: true

-- add_index :line_items, :order_id, algorithm: :concurrently   (forgot disable_ddl_transaction!)
CREATE INDEX CONCURRENTLY index_line_items_on_order_id ON line_items (order_id);
