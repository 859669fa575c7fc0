-- Constraints, mostly in the two-step NOT VALID + VALIDATE form.

-- category: not-valid
ALTER TABLE charges
    ADD CONSTRAINT charges_order_id_fkey FOREIGN KEY (order_id) REFERENCES orders (id) NOT VALID;

-- category: validate-constraint
ALTER TABLE charges VALIDATE CONSTRAINT charges_order_id_fkey;

-- category: not-valid
ALTER TABLE users ADD CONSTRAINT users_email_not_null CHECK (email IS NOT NULL) NOT VALID;

-- category: validate-constraint
ALTER TABLE users VALIDATE CONSTRAINT users_email_not_null;

-- category: not-valid
ALTER TABLE orders
    ADD CONSTRAINT orders_total_nonnegative CHECK (subtotal_cents >= 0 AND tax_cents >= 0) NOT VALID;

-- category: not-valid
ALTER TABLE order_items ADD CONSTRAINT order_items_sku_not_null NOT NULL sku NOT VALID;

-- category: foreign-key
ALTER TABLE order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id)
    REFERENCES orders (id) ON DELETE CASCADE ON UPDATE NO ACTION;

-- category: foreign-key
ALTER TABLE accounts
    ADD CONSTRAINT accounts_owner_id_fkey FOREIGN KEY (owner_id) REFERENCES users (id)
    ON DELETE SET NULL (owner_id) DEFERRABLE INITIALLY DEFERRED;

-- category: unique-constraint
ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key_idx;

-- category: primary-key
ALTER TABLE charges ADD CONSTRAINT charges_pkey PRIMARY KEY USING INDEX charges_id_new_idx;

-- category: unique-constraint
ALTER TABLE accounts ADD CONSTRAINT accounts_owner_plan_key UNIQUE NULLS NOT DISTINCT (owner_id, plan);

-- category: check-constraint
ALTER TABLE charges ADD CONSTRAINT charges_currency_check CHECK (currency ~ '^[A-Z]{3}$');

-- category: exclusion-constraint
ALTER TABLE room_bookings
    ADD CONSTRAINT room_bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);

-- category: drop-constraint
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_status_check;

-- category: drop-constraint
ALTER TABLE users DROP CONSTRAINT users_email_not_null, ALTER COLUMN email SET NOT NULL;

-- category: rename-constraint
ALTER TABLE charges RENAME CONSTRAINT charges_order_id_fkey TO payments_order_id_fkey;

-- category: alter-constraint
ALTER TABLE accounts ALTER CONSTRAINT accounts_owner_id_fkey NOT DEFERRABLE;

-- category: set-constraints
SET CONSTRAINTS ALL DEFERRED;

-- category: primary-key
ALTER TABLE order_items DROP CONSTRAINT order_items_pkey, ADD PRIMARY KEY (order_id, line_no, sku);
