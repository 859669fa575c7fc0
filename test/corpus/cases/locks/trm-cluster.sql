-- case: CLUSTER to reorder a table
-- expect: table-rewrite-maintenance@4, require-lock-timeout@4

CLUSTER events USING events_created_at_idx;
