-- case: Flyway data fix by unique key and seed
-- expect: clean
-- tool: flyway

UPDATE users SET status = 'disabled' WHERE email = 'abuse@example.com';
INSERT INTO countries (code, name) VALUES ('NL', 'Netherlands') ON CONFLICT (code) DO NOTHING;
