-- case: Laravel $table->string('slug')->unique()->change() on an existing posts table: the unique constraint builds its index under AccessExclusiveLock
-- expect: require-lock-timeout@5, unique-without-index@5
-- tool: plain
-- assume-in-transaction: true
alter table "posts" add constraint "posts_slug_unique" unique ("slug");
