-- case: a suppression naming a rule that does not exist suppresses nothing
-- expect: invalid-directive@4, require-concurrent-index@5, require-lock-timeout@5

-- sluice-ignore require-concurrent-indx: feature_flags has a dozen rows
CREATE INDEX feature_flags_key_idx ON feature_flags (key);
