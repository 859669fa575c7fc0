-- case: group_id becomes team_id, table becomes team_members (the index follows both)
-- expect: rename-column@6, rename-table@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE members RENAME COLUMN group_id TO team_id;
ALTER TABLE members RENAME TO team_members;
