-- case: exclusion constraint for shift scheduling, no lock_timeout
-- expect: exclusion-constraint@4, require-lock-timeout@4

ALTER TABLE shifts ADD CONSTRAINT shifts_no_double_booking
  EXCLUDE USING gist (employee_id WITH =, during WITH &&) WHERE (NOT cancelled);
