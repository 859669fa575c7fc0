-- case: a seed row whose text spans lines and holds '--' and ';' before the flagged statement
-- expect: require-lock-timeout@9, drop-column@9

SET statement_timeout = '1min';
INSERT INTO release_notes (version, body) VALUES ('4.2', 'Line one;
-- not a comment; DROP TABLE x;
/* not a block comment
line four'); -- a real comment
ALTER TABLE users DROP COLUMN legacy_score;
