-- migrate:up
CREATE TABLE "Users" ("Id" bigint PRIMARY KEY, "Email" text);
ALTER TABLE "Users" ADD CONSTRAINT "Users_Email_not_null" CHECK ("Email" IS NOT NULL);

-- migrate:down
DROP TABLE "Users";
