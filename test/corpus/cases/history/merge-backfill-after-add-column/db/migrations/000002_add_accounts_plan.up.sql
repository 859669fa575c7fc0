-- case: golang-migrate sends the file as one query: the MERGE backfill runs while ADD COLUMN's AccessExclusiveLock on accounts is held
-- expect: lock-held-during-slow-operation@7, unbatched-backfill@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts ADD COLUMN plan text;
MERGE INTO accounts a
USING account_imports i ON a.id = i.account_id
WHEN MATCHED THEN UPDATE SET plan = i.plan;
