-- case: Diesel runs up.sql in one transaction. Widening varchar(120) -> varchar(240) rewrites nothing, but its
-- case: AccessExclusiveLock on articles is held until commit, and the CREATE MATERIALIZED VIEW that follows reads
-- case: and aggregates every row of articles and article_reactions before the transaction can commit: reads and
-- case: writes of articles wait for the whole build. PostgreSQL 15: a SELECT on articles waited 2.5 s behind a
-- case: materialized view whose query took 3 s, and did not wait at all without the ALTER. The same wait that
-- case: REFRESH MATERIALIZED VIEW on an existing view is flagged for; CREATE MATERIALIZED VIEW ... AS (and
-- case: CREATE TABLE ... AS) populating from pre-existing tables is as slow.
-- expect: lock-held-during-slow-operation@15
-- tool: diesel

SET lock_timeout = '2s';

ALTER TABLE articles ALTER COLUMN headline TYPE varchar(240);

CREATE MATERIALIZED VIEW article_scores AS
SELECT a.id, a.headline, coalesce(sum(r.weight), 0) AS score
FROM articles a
LEFT JOIN article_reactions r ON r.article_id = a.id
GROUP BY a.id;
