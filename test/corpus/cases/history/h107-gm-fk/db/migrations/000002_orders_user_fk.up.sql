-- case: Rails add_foreign_key without validate: false; no index on orders.user_id
-- expect: constraint-without-not-valid@5, require-lock-timeout@5, foreign-key-without-index@5
-- tool: golang-migrate

ALTER TABLE orders ADD CONSTRAINT fk_rails_orders_user_id FOREIGN KEY (user_id) REFERENCES users (id);
