-- case: first blocking statement is on a new table; the later ALTER of a pre-existing one needs lock_timeout
-- expect: require-lock-timeout@7

CREATE TABLE tags (id bigint PRIMARY KEY, name text NOT NULL);
CREATE INDEX tags_name_idx ON tags (name);
INSERT INTO tags VALUES (1, 'vip');
ALTER TABLE users ADD COLUMN tag_id bigint;
UPDATE users SET tag_id = 1 WHERE id = 7;
