-- case: new table referencing users: CREATE TABLE ... REFERENCES takes ShareRowExclusiveLock on users; FK column not indexed
-- expect: require-lock-timeout@5, foreign-key-without-index@5
-- tool: plain

CREATE TABLE api_keys (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    key_hash text NOT NULL
);
