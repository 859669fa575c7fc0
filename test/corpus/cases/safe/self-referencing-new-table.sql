-- case: a new tree table whose foreign key references itself
-- expect: clean
-- tool: golang-migrate
CREATE TABLE categories (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  parent_id bigint REFERENCES categories (id),
  name text NOT NULL
);
CREATE INDEX categories_parent_id_idx ON categories (parent_id);
