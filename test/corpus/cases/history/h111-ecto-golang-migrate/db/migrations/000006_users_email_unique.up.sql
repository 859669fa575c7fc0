-- case: Ecto create unique_index(:users, [:email], concurrently: true) forgotten: plain unique build on users
-- expect: require-concurrent-index@5
-- tool: golang-migrate
SET lock_timeout TO '5s';
CREATE UNIQUE INDEX "users_email_index" ON "users" ("email");
