CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE customers (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL,
    name TEXT NOT NULL
);
CREATE TABLE bookings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id),
    room_id INT NOT NULL,
    during TSTZRANGE NOT NULL
);
CREATE INDEX bookings_customer_id_idx ON bookings (customer_id);
CREATE MATERIALIZED VIEW daily_bookings AS SELECT date_trunc('day', lower(during)) AS day, count(*) AS n FROM bookings GROUP BY 1;
CREATE UNIQUE INDEX daily_bookings_day_idx ON daily_bookings (day);
