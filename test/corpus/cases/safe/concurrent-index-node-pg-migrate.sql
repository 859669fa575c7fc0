-- case: node-pg-migrate with noTransaction: pgm.addIndex(..., { concurrently: true })
-- expect: clean

CREATE INDEX CONCURRENTLY "users_created_at_index" ON "users" ("created_at");
CREATE INDEX CONCURRENTLY "users_plan_index" ON "users" ("plan") WHERE "plan" <> 'free';
