CREATE TABLE "Orders" (
  "Id" bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "CustomerId" bigint NOT NULL,
  "Status" text NOT NULL
);
CREATE TABLE "user" (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  "Email" varchar(100) NOT NULL
);
