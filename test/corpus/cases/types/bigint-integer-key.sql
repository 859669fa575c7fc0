-- case: prefer-bigint enabled: integer identity primary key
-- expect: prefer-bigint@5
-- rules: prefer-bigint=warning

CREATE TABLE countries (
  id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  iso_code text NOT NULL UNIQUE
);
