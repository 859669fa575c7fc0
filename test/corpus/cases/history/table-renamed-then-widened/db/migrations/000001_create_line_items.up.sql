CREATE TABLE line_items (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  description varchar(100) NOT NULL
);
