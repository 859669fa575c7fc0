-- case: a typo in one statement; the rest is still analysed
-- expect: syntax-error@5, require-concurrent-index@6, require-lock-timeout@6
-- tool: plain

ALTER TABLE users ADD COLUM locale text;
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
