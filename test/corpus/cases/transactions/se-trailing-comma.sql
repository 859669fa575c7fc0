-- case: trailing comma in CREATE TABLE
-- expect: syntax-error@4

CREATE TABLE tags (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL UNIQUE,
);
