-- case: three UPDATEs without a WHERE tidy a folder column in the one transaction Flyway runs the file in: each
-- case: rewrites every row of the live table in one go and keeps those row locks until the commit.
-- tool: flyway
-- expect: unbatched-backfill@6, unbatched-backfill@8, unbatched-backfill@10
-- Runs of slashes become one slash:
UPDATE ticket_attachments SET folder = regexp_replace(folder, '/{2,}', '/', 'g');
-- Spaces are not allowed in folder names any more:
UPDATE ticket_attachments SET folder = replace(folder, ' ', '_');
-- No slash at either end:
UPDATE ticket_attachments SET folder = btrim(folder, '/');
