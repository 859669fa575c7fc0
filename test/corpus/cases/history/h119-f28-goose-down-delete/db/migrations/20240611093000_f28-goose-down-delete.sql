-- case: goose: seed rows in up, delete them by key in down
-- expect: clean
-- tool: goose

-- +goose Up
INSERT INTO countries (code, name) VALUES ('JP', 'Japan'), ('KR', 'South Korea')
ON CONFLICT (code) DO NOTHING;

-- +goose Down
DELETE FROM countries WHERE code IN ('JP', 'KR');
