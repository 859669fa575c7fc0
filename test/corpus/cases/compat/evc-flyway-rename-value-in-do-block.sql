-- case: RENAME VALUE wrapped in a DO block (with a handler for a value already renamed) still renames a value
-- case: the running version writes and compares against.
-- tool: flyway
-- expect: enum-value-change@8
DO $$
BEGIN
    BEGIN
        ALTER TYPE shipment_state RENAME VALUE 'in_transit' TO 'on_the_road';
    EXCEPTION
        WHEN invalid_parameter_value THEN NULL;
    END;
END
$$;
