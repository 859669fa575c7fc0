-- case: a Go service's golang-migrate folder inside a Cargo workspace: go.mod is its nearer project root, so it is not sqlx (which would wrap the file in a transaction); golang-migrate sends this lone statement outside one
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY accounts_email_idx ON accounts (email);
