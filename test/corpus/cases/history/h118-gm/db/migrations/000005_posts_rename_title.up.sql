-- case: rename posts.title -> headline done wrong: expand, backfill and contract in one transaction
-- tool: golang-migrate
-- expect: require-lock-timeout@7, unbatched-backfill@9, lock-held-during-slow-operation@9, set-not-null@11, add-required-column@11, drop-column@13, mixed-expand-contract@13

BEGIN;

ALTER TABLE posts ADD COLUMN headline varchar(120);

UPDATE posts SET headline = title;

ALTER TABLE posts ALTER COLUMN headline SET NOT NULL;

ALTER TABLE posts DROP COLUMN title;

COMMIT;
