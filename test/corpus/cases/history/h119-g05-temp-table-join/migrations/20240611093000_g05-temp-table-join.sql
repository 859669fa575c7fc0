-- case: temp table of ids, join-update the real table by key
-- expect: clean

CREATE TEMP TABLE fix_ids (id bigint PRIMARY KEY);
INSERT INTO fix_ids VALUES (101), (102), (103);
UPDATE fix_ids SET id = id;
UPDATE users u SET status = 'disabled' FROM fix_ids f WHERE u.id = f.id;
DELETE FROM fix_ids;
DROP TABLE fix_ids;
