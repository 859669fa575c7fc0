-- case: TypeORM changes a varchar length by dropping the column and adding it back (data lost; not null without default)
-- expect: require-lock-timeout@3, drop-column@3, add-required-column@4
ALTER TABLE "user" DROP COLUMN "name";
ALTER TABLE "user" ADD "name" character varying(100) NOT NULL;
