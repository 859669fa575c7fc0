-- case: Django AlterField db_index=True on a CharField: the plain index and the _like index
-- expect: require-concurrent-index@8, require-lock-timeout@8, require-concurrent-index@9

BEGIN;
--
-- Alter field email on customer
--
CREATE INDEX "crm_customer_email_2a3c5f1e" ON "crm_customer" ("email");
CREATE INDEX "crm_customer_email_2a3c5f1e_like" ON "crm_customer" ("email" varchar_pattern_ops);
COMMIT;
