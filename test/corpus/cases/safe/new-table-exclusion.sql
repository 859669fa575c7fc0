-- case: exclusion constraint declared on a new table
-- expect: clean

CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE reservations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  resource_id bigint NOT NULL,
  during tstzrange NOT NULL,
  EXCLUDE USING gist (resource_id WITH =, during WITH &&)
);
