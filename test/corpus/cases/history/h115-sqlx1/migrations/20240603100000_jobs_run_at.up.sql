SET lock_timeout = '2s';
ALTER TABLE jobs ADD COLUMN run_at TIMESTAMPTZ;
