-- case: "Orders" (pre-existing, mixed case) and orders (created here) are different tables
-- expect: require-concurrent-index@13, require-lock-timeout@13, column-type-rewrite@17, lock-held-during-slow-operation@17
-- tool: golang-migrate
CREATE TABLE orders (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  customer_id bigint NOT NULL
);

-- new table: safe
CREATE INDEX orders_customer_id_idx ON orders (customer_id);

-- the EF Core table: unsafe
CREATE INDEX "IX_Orders_CustomerId"
    ON "Orders" ("CustomerId");

ALTER TABLE "user" ALTER COLUMN "Email" TYPE varchar(200);
ALTER TABLE "Orders" ALTER COLUMN "Status" TYPE varchar(20);
