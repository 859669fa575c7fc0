-- case: a missing semicolon glues two ALTERs into one invalid statement
-- expect: syntax-error@5

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN notes text
ALTER TABLE orders ADD COLUMN source text;
