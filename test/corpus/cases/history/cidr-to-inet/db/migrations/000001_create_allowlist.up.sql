CREATE TABLE ip_allowlist (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  network cidr NOT NULL,
  note text
);
