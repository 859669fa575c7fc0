-- case: knex .foreign().references() on an existing table: the FK validates every row; knex creates no index for it
-- expect: require-lock-timeout@3, constraint-without-not-valid@3, foreign-key-without-index@3
alter table "orders" add constraint "orders_customer_id_foreign" foreign key ("customer_id") references "customers" ("id") on delete CASCADE;
