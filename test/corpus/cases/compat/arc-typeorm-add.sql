-- case: TypeORM-generated ADD (no COLUMN keyword)
-- expect: add-required-column@4, require-lock-timeout@4

ALTER TABLE "user" ADD "age" integer NOT NULL;
