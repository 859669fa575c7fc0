-- case: FK on a partitioned table (NOT VALID is refused there), no index on events (account_id)
-- expect: constraint-without-not-valid@5, foreign-key-without-index@5
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE events ADD CONSTRAINT events_account_id_fkey FOREIGN KEY (account_id) REFERENCES accounts (id);
