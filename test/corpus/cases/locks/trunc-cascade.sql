-- case: TRUNCATE ... CASCADE (error severity)
-- expect: truncate@5

SET lock_timeout = '2s';
TRUNCATE orders, order_items RESTART IDENTITY CASCADE;
