alter table "orders" add column "discount" numeric(8, 2) not null default '0';
create index "orders_status_index" on "orders" ("status");
