DROP INDEX IF EXISTS coupons_code_idx;
