-- case: a reviewed exception, suppressed with its reason
-- expect: clean

-- sluice-ignore require-concurrent-index, require-lock-timeout: feature_flags has 12 rows and is read once at boot
CREATE INDEX feature_flags_enabled_idx ON feature_flags (enabled);
