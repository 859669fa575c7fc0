-- case: TypeORM @Generated('uuid') unique column on an existing table: volatile default rewrites, unique builds under the held lock
-- expect: require-lock-timeout@5, add-column-rewrite@5, unique-without-index@6
-- tool: plain
-- assume-in-transaction: true
ALTER TABLE "order" ADD "publicId" uuid NOT NULL DEFAULT uuid_generate_v4();
ALTER TABLE "order" ADD CONSTRAINT "UQ_9a1b2c3d4e5f60718293a4b5c6d" UNIQUE ("publicId");
