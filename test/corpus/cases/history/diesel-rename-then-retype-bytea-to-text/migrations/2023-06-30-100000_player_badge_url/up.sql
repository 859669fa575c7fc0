-- case: the image column becomes a URL: renamed (the running version still selects "badge") and retyped
-- case: bytea -> text, which converts every value through text output and rewrites the table (PostgreSQL 15:
-- case: new relfilenode) while the rename's AccessExclusiveLock is held.
-- expect: rename-column@7, require-lock-timeout@7, column-type-rewrite@9
-- tool: diesel

ALTER TABLE players RENAME COLUMN badge TO badge_url;

ALTER TABLE players
    ALTER COLUMN badge_url TYPE text;
