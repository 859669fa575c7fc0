-- case: names that need quotes in messages
-- expect: rename-column@5, require-lock-timeout@5, rename-table@7

SET search_path = app, public;
ALTER TABLE "Orders" RENAME COLUMN "Status" TO "State";

ALTER TABLE app."user" RENAME TO app_users;
