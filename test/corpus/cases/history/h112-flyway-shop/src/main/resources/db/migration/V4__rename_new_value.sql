-- case: renaming an enum value breaks code that still writes 'new'
-- expect: enum-value-change@5
-- tool: flyway

ALTER TYPE shipment_status RENAME VALUE 'new' TO 'created';
