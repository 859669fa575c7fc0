-- case: MikroORM ManyToOne to publisher: nullable column, FK, index; all in MikroORM's migration transaction
-- expect: require-lock-timeout@6, constraint-without-not-valid@7, lock-held-during-slow-operation@7
-- expect: require-concurrent-index@8, lock-held-during-slow-operation@8
-- tool: plain
-- assume-in-transaction: true
alter table "book" add column "publisher_id" int null;
alter table "book" add constraint "book_publisher_id_foreign" foreign key ("publisher_id") references "publisher" ("id") on update cascade on delete set null;
create index "book_publisher_id_index" on "book" ("publisher_id");
