create table "customers" ("id" serial primary key, "email" varchar(255) not null, "created_at" timestamptz not null default CURRENT_TIMESTAMP);
alter table "customers" add constraint "customers_email_unique" unique ("email");
create table "orders" ("id" bigserial primary key, "customer_id" integer not null, "status" varchar(255) not null default 'new', "note" varchar(255), "total" numeric(10, 2) not null);
