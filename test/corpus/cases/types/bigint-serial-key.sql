-- case: prefer-bigint enabled: serial primary key
-- expect: prefer-bigint@5
-- rules: prefer-bigint=warning

CREATE TABLE tags (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE
);
