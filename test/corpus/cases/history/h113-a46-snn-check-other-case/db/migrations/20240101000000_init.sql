-- migrate:up
CREATE TABLE "Users" ("Id" bigint PRIMARY KEY, "Email" text, email text);
ALTER TABLE "Users" ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL);

-- migrate:down
DROP TABLE "Users";
