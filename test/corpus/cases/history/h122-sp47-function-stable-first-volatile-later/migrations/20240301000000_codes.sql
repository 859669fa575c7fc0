-- case: path util first: gen_code() is util.gen_code (stable): no rewrite
-- tool: plain
-- expect: clean

SET lock_timeout = '2s';
SET search_path TO util, public;
ALTER TABLE coupons ADD COLUMN code text DEFAULT gen_code();
