-- Up Migration
CREATE TABLE dues_pools (
  id serial PRIMARY KEY,
  label text NOT NULL
);
CREATE TABLE dues_payments (
  id serial PRIMARY KEY,
  pool_id int REFERENCES dues_pools(id),
  amount_cents int NOT NULL
);
CREATE INDEX dues_payments_pool_id_idx ON dues_payments (pool_id);

-- Down Migration
DROP TABLE dues_payments;
DROP TABLE dues_pools;
