-- case: seed a pre-existing lookup table with ON CONFLICT
-- expect: clean

INSERT INTO countries (code, name) VALUES
  ('US', 'United States'),
  ('DE', 'Germany'),
  ('FR', 'France')
ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name;

INSERT INTO countries (code, name) VALUES ('GB', 'United Kingdom')
ON CONFLICT DO NOTHING;
