-- case: one ALTER sets NOT NULL on the covered email and the uncovered phone
-- expect: set-not-null@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE public.customers ALTER COLUMN email SET NOT NULL, ALTER COLUMN phone SET NOT NULL;
