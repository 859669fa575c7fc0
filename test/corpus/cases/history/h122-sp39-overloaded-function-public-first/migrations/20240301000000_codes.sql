-- case: gen_code() resolves to public.gen_code (stable): no rewrite
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
SET search_path TO public, util;
ALTER TABLE coupons ADD COLUMN code text DEFAULT gen_code();
