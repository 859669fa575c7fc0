--liquibase formatted sql
-- case: Liquibase formatted SQL changeset adding a CHECK
-- expect: constraint-without-not-valid@7, require-lock-timeout@7
-- tool: liquibase

--changeset maria:42
ALTER TABLE shipments ADD CONSTRAINT shipments_weight_positive CHECK (weight_grams > 0);
--rollback ALTER TABLE shipments DROP CONSTRAINT shipments_weight_positive;
