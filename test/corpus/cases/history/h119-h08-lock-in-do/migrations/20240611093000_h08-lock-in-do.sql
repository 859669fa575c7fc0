-- case: LOCK TABLE and a single-row fix by primary key inside one DO block
-- expect: clean

SET lock_timeout = '2s';
DO $$
BEGIN
  LOCK TABLE orders IN ACCESS EXCLUSIVE MODE;
  UPDATE orders SET state = 'void' WHERE id = 1;
END
$$;
