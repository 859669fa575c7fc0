-- case: a new materialized view with its unique index
-- expect: clean

CREATE MATERIALIZED VIEW daily_signups AS
SELECT date_trunc('day', created_at)::date AS day, count(*) AS signups
  FROM users
 GROUP BY 1
WITH DATA;
CREATE UNIQUE INDEX daily_signups_day_key ON daily_signups (day);
