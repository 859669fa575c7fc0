-- case: a suppression that names no rule
-- expect: invalid-directive@4

-- sluice-ignore: reviewed with the DBA
SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN score integer;
