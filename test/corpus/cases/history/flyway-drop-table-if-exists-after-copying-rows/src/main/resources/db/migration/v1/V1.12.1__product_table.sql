-- case: the INSERT ... SELECT above the DROP reads t_products, so the table exists: that an earlier migration
-- case: created some other table (gift_card) does not make DROP TABLE IF EXISTS t_products a no-op. The drop and
-- case: its missing lock_timeout are real, and so is the index built without CONCURRENTLY on the live order_line.
-- tool: flyway
-- expect: drop-table@25, require-lock-timeout@25, require-concurrent-index@34
create table if not exists product
(
    id          bigint                not null,
    sku         text                  not null,
    title       text    default ''    not null,
    archived    boolean default false not null,
    price_cents bigint                not null
);

insert into product (id, sku, title, archived, price_cents)
select id,
       sku_code,
       coalesce(product_title, ''),
       is_archived,
       price
from t_products
order by id;

-- the old table goes, with its indexes
drop table if exists t_products cascade;

-- keys of the new table
alter table product
    add primary key (id);
create unique index if not exists product_sku_unq
    on product (sku);

-- order lines are looked up by product
create index if not exists order_line_product
    on order_line (product_id);
