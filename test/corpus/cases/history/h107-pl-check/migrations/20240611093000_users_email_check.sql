-- case: strong_migrations "adding a check constraint" without NOT VALID
-- expect: constraint-without-not-valid@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users ADD CONSTRAINT users_email_lower CHECK (email = lower(email));
