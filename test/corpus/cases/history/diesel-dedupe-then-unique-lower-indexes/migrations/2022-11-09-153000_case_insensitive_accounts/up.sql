-- case: Diesel's single transaction: the de-duplicating DELETE holds its row locks while the two unique
-- case: expression indexes are built on the live table (ShareLock: writes wait). The closing UPDATE pins one row
-- case: by a constant on email, which has a unique constraint: not a backfill.
-- expect: unbatched-backfill@7, require-concurrent-index@14, require-lock-timeout@14, require-concurrent-index@16
-- tool: diesel

DELETE FROM accounts
WHERE id NOT IN (
    SELECT min(id)
    FROM accounts
    GROUP BY lower(handle)
);

CREATE UNIQUE INDEX idx_accounts_handle_lower ON accounts (lower(handle));

CREATE UNIQUE INDEX idx_accounts_email_lower ON accounts (lower(email));

UPDATE accounts SET email = NULL WHERE email = '';
