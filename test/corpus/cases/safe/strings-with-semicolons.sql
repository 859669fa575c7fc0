-- case: semicolons and keywords inside strings, E-strings and dollar quotes
-- expect: clean

COMMENT ON COLUMN users.status IS 'one of: active; suspended; deleted -- see BEGIN/COMMIT docs';
INSERT INTO settings (key, value) VALUES ('banner', E'Maintenance tonight;\nexpect delays');
INSERT INTO settings (key, value) VALUES ('sql_hint', $txt$DROP TABLE users; -- not really$txt$)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
