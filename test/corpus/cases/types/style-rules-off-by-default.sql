-- case: style rules are off by default: a legacy-style table is clean
-- expect: clean

CREATE TABLE legacy_import_rows (
  id serial PRIMARY KEY,
  code char(3) NOT NULL,
  name varchar(80) NOT NULL,
  imported_at timestamp NOT NULL DEFAULT now()
);
