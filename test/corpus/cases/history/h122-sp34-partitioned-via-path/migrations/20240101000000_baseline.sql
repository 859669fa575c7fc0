CREATE SCHEMA metrics;
CREATE TABLE public.measurements (id bigint, taken_at timestamptz, value numeric);
CREATE TABLE metrics.measurements (id bigint, taken_at timestamptz, value numeric) PARTITION BY RANGE (taken_at);
CREATE TABLE metrics.measurements_2024 PARTITION OF metrics.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
