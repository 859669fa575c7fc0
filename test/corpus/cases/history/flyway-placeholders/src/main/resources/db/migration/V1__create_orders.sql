CREATE TABLE ${flyway:defaultSchema}.orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  status varchar(20) NOT NULL,
  placed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_placed_at_idx ON ${flyway:defaultSchema}.orders (placed_at);
GRANT SELECT ON ${flyway:defaultSchema}.orders TO ${readonlyRole};
