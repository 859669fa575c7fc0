-- case: renaming the enum type itself is metadata only
-- expect: clean
-- tool: flyway

ALTER TYPE order_status RENAME TO shipment_status;
