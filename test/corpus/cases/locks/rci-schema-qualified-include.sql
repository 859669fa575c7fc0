-- case: covering index on a schema-qualified table
-- expect: require-concurrent-index@5

SET lock_timeout = '2s';
CREATE INDEX ledger_entries_account_id_idx ON billing.ledger_entries (account_id) INCLUDE (amount_cents);
