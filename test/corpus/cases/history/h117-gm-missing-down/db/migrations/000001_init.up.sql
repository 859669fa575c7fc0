CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text,
  name varchar(50)
);
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint,
  total numeric(10,2),
  code varchar(20)
);
