-- case: BEGIN/COMMIT written into a Flyway migration, which Flyway already runs in a transaction; the rows are
-- case: copied into another table, then two columns are dropped from the live table.
-- tool: flyway
-- expect: transaction-nesting@5, drop-column@7, require-lock-timeout@7
begin;
insert into coupon_redemptions (coupon_use_id, channel, redeemed_at) select id, channel, used_at from coupon_uses;
alter table coupon_uses drop column channel, drop column used_at;
commit;
