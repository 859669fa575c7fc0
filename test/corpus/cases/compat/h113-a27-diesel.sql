-- case: Diesel up.sql (runs in a transaction) with a rename and a CHECK
-- expect: rename-table@5, require-lock-timeout@5, constraint-without-not-valid@7, lock-held-during-slow-operation@7
-- tool: diesel

ALTER TABLE posts RENAME TO articles;

ALTER TABLE comments
  ADD CONSTRAINT comments_body_len CHECK (char_length(body) <= 10000);
