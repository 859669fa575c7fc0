CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL, plan text, balance numeric);
CREATE TABLE ledger (id bigint PRIMARY KEY, account_id bigint, amount numeric, period daterange);
CREATE TABLE metrics (ts date NOT NULL, v int) PARTITION BY RANGE (ts);
CREATE TABLE metrics_2024 PARTITION OF metrics FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE metrics_2023 (ts date NOT NULL, v int);
CREATE MATERIALIZED VIEW account_totals AS SELECT account_id, sum(amount) AS total FROM ledger GROUP BY account_id;
