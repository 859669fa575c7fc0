-- case: MikroORM schema:update emits type changes with an explicit USING cast; widening varchar(100) and numeric(8,2) this way does not rewrite
-- expect: require-lock-timeout@6
-- tool: plain
-- assume-in-transaction: true
set names 'utf8';
alter table "book" alter column "title" type varchar(255) using ("title"::varchar(255));
alter table "book" alter column "price" type numeric(12,2) using ("price"::numeric(12,2));
