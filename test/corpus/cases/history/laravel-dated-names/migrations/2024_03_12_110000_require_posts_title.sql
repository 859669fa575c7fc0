-- case: Laravel's dated names in a plain folder: every migration of 2024 is history for the next, so the validated check and the varchar(50) are known
-- expect: clean

set lock_timeout = '2s';
alter table "posts" alter column "title" set not null;
alter table "posts" drop constraint "posts_title_not_null";
alter table "posts" alter column "title" type varchar(255);
