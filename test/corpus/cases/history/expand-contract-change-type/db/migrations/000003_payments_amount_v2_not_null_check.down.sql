ALTER TABLE payments DROP CONSTRAINT payments_amount_v2_not_null;
