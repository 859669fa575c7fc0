-- case: isbn varchar(13) -> varchar(17) (hyphenated) is free; there is no U4 although the folder has undo files
-- expect: missing-rollback@*
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE books ALTER COLUMN isbn TYPE varchar(17);
