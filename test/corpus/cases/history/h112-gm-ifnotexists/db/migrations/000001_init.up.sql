CREATE TABLE vendors (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
CREATE TABLE purchases (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_id bigint,
    vendor_id bigint,
    reference varchar(20)
);
CREATE INDEX purchases_vendor_idx ON purchases (buyer_id);
