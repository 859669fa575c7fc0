-- case: placeholders for the schema and a role in a new table's migration: nothing to report
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
CREATE TABLE ${flyway:defaultSchema}.order_notes (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  order_id bigint NOT NULL REFERENCES ${flyway:defaultSchema}.orders (id),
  body text NOT NULL
);
CREATE INDEX order_notes_order_id_idx ON ${flyway:defaultSchema}.order_notes (order_id);
GRANT SELECT, INSERT ON ${flyway:defaultSchema}.order_notes TO ${appRole};
