-- case: CIC in sqitch BEGIN
-- tool: sqitch
-- expect: clean
DROP INDEX CONCURRENTLY carts_total_idx;
