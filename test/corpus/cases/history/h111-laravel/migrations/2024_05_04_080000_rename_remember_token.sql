-- case: Laravel renameColumn and dropColumn in one migration
-- expect: require-lock-timeout@5, rename-column@5, drop-column@6
-- tool: plain
-- assume-in-transaction: true
alter table "users" rename column "remember_token" to "session_token";
alter table "users" drop column "email_verified_at";
