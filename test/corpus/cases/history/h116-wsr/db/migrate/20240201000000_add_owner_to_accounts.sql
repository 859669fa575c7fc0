-- case: Rails add_reference :accounts, :owner, foreign_key: { to_table: :users }, index: { algorithm: :concurrently } inside the DDL transaction
-- expect: constraint-without-not-valid@6, lock-held-during-slow-operation@6, concurrently-in-transaction@7, require-lock-timeout@5
-- tool: plain
-- assume-in-transaction: true
ALTER TABLE "accounts" ADD "owner_id" bigint;
ALTER TABLE "accounts" ADD CONSTRAINT "fk_rails_37ff5f2e1a" FOREIGN KEY ("owner_id") REFERENCES "users" ("id");
CREATE INDEX CONCURRENTLY "index_accounts_on_owner_id" ON "accounts" ("owner_id");
