-- case: the domain is moved to public, then named unqualified with the default path
-- tool: plain
-- expect: require-lock-timeout@7, add-column-rewrite@7

SET lock_timeout = 0;
ALTER DOMAIN crm.email SET SCHEMA public;
ALTER TABLE contacts ADD COLUMN email email;
