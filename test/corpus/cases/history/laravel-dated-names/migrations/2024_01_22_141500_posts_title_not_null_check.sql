set lock_timeout = '2s';
alter table "posts" add constraint "posts_title_not_null" check ("title" is not null) not valid;
