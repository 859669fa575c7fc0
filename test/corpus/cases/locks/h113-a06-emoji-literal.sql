-- case: emoji (surrogate pairs) in a comment and a literal before the flagged statement on the same line
-- expect: require-lock-timeout@6, add-column-rewrite@6
-- 🚀 launch week 🎉

COMMENT ON TABLE campaigns IS '🚀🚀 spring launch 🌸';
UPDATE flags SET label = '✅ done' WHERE id = 1; ALTER TABLE campaigns ADD COLUMN public_id uuid DEFAULT gen_random_uuid();
