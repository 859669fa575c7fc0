-- case: archiving to the archive disk, with the move of events repeated: the second moves nothing but still takes the AccessExclusiveLock
-- expect: table-rewrite-maintenance@7, table-rewrite-maintenance@8

SET lock_timeout = '2s';
SET default_tablespace = archive_hdd;
CREATE TABLE events_2019 (LIKE events INCLUDING ALL);
ALTER TABLE events SET TABLESPACE archive_hdd;
ALTER TABLE events SET TABLESPACE archive_hdd;
