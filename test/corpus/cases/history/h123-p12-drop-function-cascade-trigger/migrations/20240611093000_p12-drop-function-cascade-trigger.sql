-- case: DROP FUNCTION ... CASCADE drops the trigger on users (AccessExclusiveLock on users)
-- expect: require-lock-timeout@5
-- tool: plain

DROP FUNCTION set_updated_at() CASCADE;
