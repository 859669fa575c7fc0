-- case: Hibernate 6 regenerates the enum check: drop then re-add the CHECK without NOT VALID
-- expect: require-lock-timeout@6, constraint-without-not-valid@7
-- tool: flyway
SET lock_timeout = '2s';
SET lock_timeout = DEFAULT;
alter table if exists orders drop constraint if exists orders_status_check;
alter table if exists orders add constraint orders_status_check check (status in ('NEW','PAID','SHIPPED'));
