CREATE TABLE products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(20) NOT NULL,
    price numeric(8,2) NOT NULL,
    category_id bigint
);
CREATE TABLE categories (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);
