--liquibase formatted sql

--changeset alice:001-create-authors
CREATE TABLE authors (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name VARCHAR(200) NOT NULL,
    bio TEXT,
    website TEXT
);
--rollback DROP TABLE authors;
