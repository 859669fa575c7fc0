-- case: knex: uuid-ossp default on an existing table
-- expect: add-column-rewrite@4, require-lock-timeout@4

ALTER TABLE "sessions" ADD COLUMN "token" uuid DEFAULT uuid_generate_v4();
