-- case: Flyway runs this in a transaction; the new value is used in the same migration (fails: unsafe use of new value)
-- expect: enum-value-change@7
-- tool: flyway

ALTER TYPE shipment_status ADD VALUE IF NOT EXISTS 'shipped';

UPDATE shipments SET status = 'shipped' WHERE tracking_code IS NOT NULL;
