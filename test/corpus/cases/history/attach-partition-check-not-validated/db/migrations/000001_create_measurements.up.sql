CREATE TABLE measurements (
  sensor_id bigint NOT NULL,
  recorded_at timestamptz NOT NULL,
  value double precision NOT NULL
) PARTITION BY RANGE (recorded_at);
CREATE TABLE measurements_2023 (
  sensor_id bigint NOT NULL,
  recorded_at timestamptz NOT NULL,
  value double precision NOT NULL
);
