-- case: gen_code() resolves to util.gen_code (volatile) because util comes first
-- tool: plain
-- expect: add-column-rewrite@7

SET lock_timeout = '2s';
SET search_path TO util, public;
ALTER TABLE coupons ADD COLUMN code text DEFAULT gen_code();
