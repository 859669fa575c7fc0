-- case: a token table whose primary key is the token itself: the foreign key column has no index of its own, so
-- case: each delete of a recipient scans it; creating it also takes a ShareRowExclusiveLock on the live
-- case: recipients table.
-- expect: foreign-key-without-index@7, require-lock-timeout@7
-- tool: sqlx

CREATE TABLE confirmation_tokens (
   token TEXT NOT NULL,
   recipient_id uuid NOT NULL REFERENCES recipients (id),
   PRIMARY KEY (token)
);
