-- case: knex .enu() with useNative on an existing varchar column: the type change with USING rewrites orders
-- expect: require-lock-timeout@4, column-type-rewrite@5
create type "order_status" as enum ('new', 'paid', 'shipped');
alter table "orders" alter column "status" drop default;
alter table "orders" alter column "status" type "order_status" using ("status"::"order_status");
alter table "orders" alter column "status" set default 'new';
