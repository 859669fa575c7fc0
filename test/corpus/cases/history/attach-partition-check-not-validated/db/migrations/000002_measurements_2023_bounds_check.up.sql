SET lock_timeout = '2s';
ALTER TABLE measurements_2023 ADD CONSTRAINT measurements_2023_bounds
  CHECK (recorded_at IS NOT NULL AND recorded_at >= '2023-01-01' AND recorded_at < '2024-01-01') NOT VALID;
