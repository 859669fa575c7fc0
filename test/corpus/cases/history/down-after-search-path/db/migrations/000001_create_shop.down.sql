-- case: the up migration created its tables under SET search_path; the down migration drops them by their schema
-- expect: clean
-- tool: golang-migrate
DROP TABLE shop.carts;
DROP SCHEMA shop;
