-- case: CREATE TABLE IF NOT EXISTS of a table the history already has, then a full update
-- expect: unbatched-backfill@8

CREATE TABLE IF NOT EXISTS countries (
  code text PRIMARY KEY,
  name text NOT NULL
);
UPDATE countries SET name = initcap(name);
