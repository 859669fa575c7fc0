create table "posts" ("id" bigserial not null primary key, "user_id" bigint not null, "title" varchar(50) null, "created_at" timestamp(0) without time zone null, "updated_at" timestamp(0) without time zone null);
alter table "posts" add constraint "posts_user_id_foreign" foreign key ("user_id") references "users" ("id");
create index "posts_user_id_index" on "posts" ("user_id");
