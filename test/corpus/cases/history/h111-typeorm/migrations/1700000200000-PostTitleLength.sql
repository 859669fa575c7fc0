-- case: TypeORM changes a varchar length by dropping and re-adding the column (data loss; old code breaks)
-- expect: require-lock-timeout@5, drop-column@5, add-required-column@6
-- tool: plain
-- assume-in-transaction: true
ALTER TABLE "post" DROP COLUMN "title";
ALTER TABLE "post" ADD "title" character varying(500) NOT NULL;
