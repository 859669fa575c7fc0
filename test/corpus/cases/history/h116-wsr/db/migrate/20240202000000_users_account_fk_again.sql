-- case: validate-style FK on users.account_id, covered by structure.sql's index_users_on_account_id
-- expect: require-lock-timeout@5
-- tool: plain
-- assume-in-transaction: true
ALTER TABLE "users" ADD CONSTRAINT "fk_users_accounts_2" FOREIGN KEY ("account_id") REFERENCES "accounts" ("id") NOT VALID;
