-- case: FK added in one step on an existing table
-- tool: golang-migrate
-- expect: require-lock-timeout@4
ALTER TABLE orders DROP CONSTRAINT orders_user_id_fkey;
