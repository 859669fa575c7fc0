CREATE TABLE reset_tokens (
    id integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY,
    person_id integer NOT NULL REFERENCES people ON UPDATE CASCADE ON DELETE CASCADE,
    token_digest text NOT NULL
);
CREATE INDEX reset_tokens_person_id_idx ON reset_tokens (person_id);
