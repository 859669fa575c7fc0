CREATE TABLE invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id bigint NOT NULL, total numeric(12,2) NOT NULL);
CREATE TABLE sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL, expires_at timestamptz NOT NULL);
CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, email text NOT NULL, locale text);
