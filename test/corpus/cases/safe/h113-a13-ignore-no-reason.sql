-- case: a suppression without a reason is still valid
-- expect: clean

SET lock_timeout = '2s';
-- sluice-ignore require-concurrent-index
CREATE INDEX feature_flags_key_idx ON feature_flags (key);
