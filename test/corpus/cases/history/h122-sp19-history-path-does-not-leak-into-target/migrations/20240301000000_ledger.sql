-- case: the earlier file's SET search_path does not carry over: ledger here is a new public table
-- tool: plain
-- expect: clean

CREATE TABLE ledger (id bigint PRIMARY KEY, amount numeric(12,2));
CREATE INDEX ledger_amount_idx ON ledger (amount);
ALTER TABLE ledger ADD CONSTRAINT ledger_amount_nonzero CHECK (amount <> 0);
