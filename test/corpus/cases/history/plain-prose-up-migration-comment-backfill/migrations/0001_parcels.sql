CREATE TABLE parcels (
    id bigint PRIMARY KEY,
    state text NOT NULL DEFAULT 'received'
);
