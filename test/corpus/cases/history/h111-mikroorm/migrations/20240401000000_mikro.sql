-- case: MikroORM down of the previous migration as it writes it in the same file style (drops the FK, index, column)
-- expect: require-lock-timeout@5, require-concurrent-drop-index@6, drop-column@7
-- tool: plain
-- assume-in-transaction: true
alter table "book" drop constraint "book_publisher_id_foreign";
drop index "book_publisher_id_index";
alter table "book" drop column "publisher_id";
