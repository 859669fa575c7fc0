-- case: knex .alter() turning note varchar(255) into nullable text: drop default, drop not null, type change with a plain cast (binary compatible: no rewrite)
-- expect: require-lock-timeout@3
alter table "orders" alter column "note" drop default;
alter table "orders" alter column "note" drop not null;
alter table "orders" alter column "note" type text using ("note"::text);
