ALTER TABLE players ALTER COLUMN badge_url TYPE bytea USING decode(badge_url, 'escape');
ALTER TABLE players RENAME COLUMN badge_url TO badge;
