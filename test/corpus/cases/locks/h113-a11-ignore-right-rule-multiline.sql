-- case: a suppression with a reason above a multi-line CREATE INDEX covers only the named rule
-- expect: require-lock-timeout@5

-- sluice-ignore require-concurrent-index: countries has 250 rows
CREATE INDEX countries_name_idx
  ON countries
  (name);
