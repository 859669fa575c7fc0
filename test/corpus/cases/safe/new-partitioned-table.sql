-- case: a new partitioned table, its partitions and an index on the parent
-- expect: clean

CREATE TABLE page_views (
  id bigint GENERATED ALWAYS AS IDENTITY,
  viewed_at timestamptz NOT NULL,
  path text NOT NULL,
  PRIMARY KEY (id, viewed_at)
) PARTITION BY RANGE (viewed_at);
CREATE TABLE page_views_2024_06 PARTITION OF page_views FOR VALUES FROM ('2024-06-01') TO ('2024-07-01');
CREATE TABLE page_views_2024_07 PARTITION OF page_views FOR VALUES FROM ('2024-07-01') TO ('2024-08-01');
CREATE INDEX page_views_path_idx ON page_views (path);
