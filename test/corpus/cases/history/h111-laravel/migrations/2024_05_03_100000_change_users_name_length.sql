-- case: Laravel 11 ->change() emits every attribute: narrowing varchar(255) to varchar(100) rewrites users; not null scans
-- case: Laravel 11 ->change() emits every attribute: narrowing varchar(255) to varchar(100) rewrites users; name is already NOT NULL (no scan)
-- expect: require-lock-timeout@5, column-type-rewrite@5
-- assume-in-transaction: true
alter table "users" alter column "name" type varchar(100), alter column "name" set not null, alter column "name" drop default, alter column "name" drop identity if exists;
