CREATE TYPE order_status AS ENUM ('new', 'paid');

CREATE TABLE shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    status order_status NOT NULL DEFAULT 'new',
    carrier varchar(30),
    tracking_code varchar(40)
);
