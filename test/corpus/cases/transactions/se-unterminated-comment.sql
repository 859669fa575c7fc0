-- case: an unterminated block comment swallows the rest of the file
-- expect: syntax-error@6

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN a_new_flag boolean;
/* TODO: drop the old flag once v42 is deployed
ALTER TABLE users DROP COLUMN old_flag;
