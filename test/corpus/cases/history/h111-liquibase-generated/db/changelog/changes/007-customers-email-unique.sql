--liquibase formatted sql
-- case: Liquibase addUniqueConstraint rendered to SQL (generate-changelog style), on the existing customers table
-- expect: require-lock-timeout@7, unique-without-index@7
-- tool: liquibase

-- changeset liquibase:1717000000000-9
ALTER TABLE "public"."customers" ADD CONSTRAINT "customers_name_key" UNIQUE ("name");
