set names 'utf8';
set session_replication_role = 'replica';
create table "author" ("id" serial primary key, "name" varchar(255) not null, "email" varchar(255) not null);
create table "publisher" ("id" serial primary key, "name" varchar(255) not null);
create table "book" ("id" serial primary key, "title" varchar(100) not null, "price" numeric(8,2) not null, "author_id" int not null);
alter table "book" add constraint "book_author_id_foreign" foreign key ("author_id") references "author" ("id") on update cascade;
create index "book_author_id_index" on "book" ("author_id");
set session_replication_role = 'origin';
