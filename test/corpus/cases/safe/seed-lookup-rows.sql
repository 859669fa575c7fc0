-- case: seed rows into an existing lookup table
-- expect: clean

INSERT INTO countries (iso_code, name) VALUES
  ('DE', 'Germany'),
  ('FR', 'France'),
  ('NL', 'Netherlands')
ON CONFLICT (iso_code) DO NOTHING;
