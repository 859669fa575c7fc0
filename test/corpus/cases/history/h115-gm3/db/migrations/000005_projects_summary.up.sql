CREATE TABLE project_stats AS
SELECT account_id, count(*) AS project_count FROM projects GROUP BY account_id;
CREATE MATERIALIZED VIEW project_titles AS SELECT id, name FROM projects;
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
SELECT id, name INTO accounts_snapshot FROM accounts;
