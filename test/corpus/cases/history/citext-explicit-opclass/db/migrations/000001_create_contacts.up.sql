CREATE EXTENSION IF NOT EXISTS citext;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE contacts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  email text NOT NULL,
  full_name text
);

CREATE INDEX contacts_email_pattern ON contacts (email text_pattern_ops);
CREATE INDEX contacts_name_trgm ON contacts USING gin (full_name gin_trgm_ops);
