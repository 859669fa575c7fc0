set lock_timeout = '2s';
alter table "posts" validate constraint "posts_title_not_null";
