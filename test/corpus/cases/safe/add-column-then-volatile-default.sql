-- case: nullable column first, the volatile default only for new rows
-- expect: clean

SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN public_id uuid;
ALTER TABLE orders ALTER COLUMN public_id SET DEFAULT gen_random_uuid();
