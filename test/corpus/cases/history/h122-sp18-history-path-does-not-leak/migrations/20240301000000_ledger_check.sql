-- case: each migration starts with the default search_path: public.ledger was made by the second file and is pre-existing
-- tool: plain
-- expect: require-lock-timeout@5, constraint-without-not-valid@5

ALTER TABLE public.ledger ADD CONSTRAINT ledger_amount_nonzero CHECK (amount <> 0);
