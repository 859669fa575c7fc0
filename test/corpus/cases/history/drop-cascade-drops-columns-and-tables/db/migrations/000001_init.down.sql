DROP SCHEMA tenant_acme CASCADE;
DROP TABLE organizations;
DROP TYPE plan_tier;
