-- case: Laravel $table->foreignId('category_id')->constrained()->cascadeOnDelete(): required column, then the FK, in Laravel's migration transaction
-- expect: require-lock-timeout@6, add-required-column@6, constraint-without-not-valid@7, foreign-key-without-index@7
-- expect: lock-held-during-slow-operation@7
-- tool: plain
-- assume-in-transaction: true
alter table "posts" add column "category_id" bigint not null;
alter table "posts" add constraint "posts_category_id_foreign" foreign key ("category_id") references "categories" ("id") on delete cascade;
