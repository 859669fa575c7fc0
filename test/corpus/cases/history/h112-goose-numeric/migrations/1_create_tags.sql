-- +goose Up
CREATE TABLE tags (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    label varchar(20) NOT NULL
);

-- +goose Down
DROP TABLE tags;
