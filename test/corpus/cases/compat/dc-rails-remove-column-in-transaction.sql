-- case: Rails remove_column, run in the DDL transaction
-- expect: drop-column@6, require-lock-timeout@6
-- assume-in-transaction: true

-- remove_column :orders, :shipping_notes
ALTER TABLE "orders" DROP COLUMN "shipping_notes";
