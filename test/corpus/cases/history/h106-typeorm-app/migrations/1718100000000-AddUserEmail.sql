-- case: TypeORM migration:generate for a new required, unique column (TypeORM writes ADD without COLUMN)
-- expect: require-lock-timeout@3, add-required-column@3, unique-without-index@4
ALTER TABLE "user" ADD "email" character varying NOT NULL;
ALTER TABLE "user" ADD CONSTRAINT "UQ_e12875dfb3b1d92d7d7c5377e22" UNIQUE ("email");
