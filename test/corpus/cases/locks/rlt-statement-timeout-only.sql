-- case: statement_timeout is not lock_timeout
-- expect: require-lock-timeout@5

SET statement_timeout = '15min';
ALTER TABLE orders ADD COLUMN gift_message text;
