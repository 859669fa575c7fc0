-- case: validate in the same transaction
-- tool: plain
-- assume-in-transaction: true
-- expect: require-lock-timeout@5, validate-in-same-transaction@6
ALTER TABLE ledger ADD CONSTRAINT ledger_amount_nonzero CHECK (amount <> 0) NOT VALID;
ALTER TABLE ledger VALIDATE CONSTRAINT ledger_amount_nonzero;
