-- case: sessions replaced: old one dropped (E), new one created with token TEXT and indexed in the same file (clean)
-- expect: drop-table@6
-- tool: diesel

SET LOCAL lock_timeout = '2s';
DROP TABLE sessions;
CREATE TABLE sessions (
    id BIGSERIAL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    token TEXT NOT NULL
);
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
