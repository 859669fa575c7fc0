-- case: the enum column becomes text (rewrite) and the enum type is dropped
-- expect: column-type-rewrite@6
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE shipments ALTER COLUMN status TYPE text USING status::text;
ALTER TABLE shipments ALTER COLUMN status SET DEFAULT 'created';
DROP TYPE shipment_status;
