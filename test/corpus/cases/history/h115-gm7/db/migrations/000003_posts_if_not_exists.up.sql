CREATE TABLE IF NOT EXISTS posts (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, title text NOT NULL, published_at timestamptz);
