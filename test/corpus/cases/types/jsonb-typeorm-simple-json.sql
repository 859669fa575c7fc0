-- case: TypeORM simple-json stored as json
-- expect: prefer-jsonb@4

CREATE TABLE "integration" ("id" SERIAL NOT NULL, "settings" json NOT NULL DEFAULT '{}', CONSTRAINT "PK_integration_id" PRIMARY KEY ("id"));
