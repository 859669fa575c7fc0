-- case: SET NOT NULL scans each live table and each UNIQUE constraint builds its index under AccessExclusiveLock, all
-- case: in one Flyway transaction: from the second table on, the first table's locks are held meanwhile.
-- tool: flyway
-- expect: require-lock-timeout@6, set-not-null@6, unique-without-index@8
-- expect: set-not-null@10, lock-held-during-slow-operation@10, unique-without-index@12, lock-held-during-slow-operation@12
alter table product_category alter column slug set not null;
alter table product_category drop constraint if exists product_category_slug_key;
alter table product_category add constraint product_category_slug_key unique (slug);

alter table brand alter column slug set not null;
alter table brand drop constraint if exists brand_slug_key;
alter table brand add constraint brand_slug_key unique (slug);
