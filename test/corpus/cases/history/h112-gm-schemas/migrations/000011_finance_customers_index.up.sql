-- case: finance.customers came from billing (000002, renamed in 000007): pre-existing, plain CREATE INDEX is flagged
-- expect: require-concurrent-index@6, require-lock-timeout@6
-- tool: golang-migrate

SET statement_timeout = '10min';
CREATE INDEX finance_invoices_number_idx ON finance.invoices (number);
