CREATE TABLE members (
    id bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    handle text NOT NULL
);
CREATE INDEX members_handle_lower_idx ON members (lower(handle));
