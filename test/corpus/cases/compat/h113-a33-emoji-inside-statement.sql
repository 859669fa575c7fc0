-- case: emoji inside a multi-line statement, then a flagged statement on the line where it ends
-- expect: require-lock-timeout@8, drop-column@8

SET statement_timeout = '30s';
INSERT INTO reactions (code, glyph) VALUES
  ('party', '🎉'),
  ('rocket', '🚀')
; ALTER TABLE reactions DROP COLUMN legacy_glyph;
