-- case: Flyway: the next partition plus an index on it, in Flyway's transaction
-- expect: require-lock-timeout@5
-- tool: flyway

CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE INDEX events_2025_account_id_idx ON public.events_2025 (account_id);
