-- Lexical corner cases: where a naive splitter finds `;` that are not statement ends.

-- category: escape-string
UPDATE plans SET description = E'It\'s our most popular plan;\nbilled monthly' WHERE code = 'pro';

-- category: escape-string
SELECT E'\\' AS backslash, ';' AS semicolon, e'tab:\t; quote:\'' AS mixed;

-- category: standard-string
UPDATE app_settings SET value = 'C:\exports\' WHERE key = 'export_dir;windows';

-- category: quote-doubling
COMMENT ON COLUMN users.display_name IS 'The user''s preferred name; shown in the header ''as is''';

-- category: quote-doubling
INSERT INTO feature_flags (name, description) VALUES ('beta;checkout', 'Don''t enable; it''s ''beta''');

-- category: string-continuation
UPDATE plans SET description = 'Billed yearly; '
    'two months free'
WHERE code = 'annual';

-- category: string-lookalike
SELECT '$$not a dollar quote;$$' AS a, '--not a comment;' AS b, '/* nor this; */' AS c;

-- category: quoted-identifier
CREATE TABLE "weird;table" ("say ""hi""" text, "a;b" integer, "--not comment" text);

-- category: quoted-identifier
ALTER TABLE "weird;table" RENAME COLUMN "say ""hi""" TO "say;""bye""";

-- category: dollar-in-identifier
CREATE TABLE ora$migrated_rows (row$id bigint PRIMARY KEY, note$ text, x$y$z integer);

-- category: dollar-quote-tag
COMMENT ON TABLE ora$migrated_rows IS $note_2$Imported from Oracle; columns keep their $ names$note_2$;

-- category: nested-comment
/* Drop the nickname column.
   /* nested: the old version of this migration did DROP TABLE users; */
   don't worry, it is still a comment here; see OPS-123 */
ALTER TABLE users DROP COLUMN IF EXISTS nickname;

-- category: nested-comment
ALTER TABLE /* the big one /* 2 billion rows; */ careful */ events
    ADD COLUMN source text;

-- category: line-comment
UPDATE orders
SET status = 'shipped' -- was 'sent'; renamed in 2024
WHERE shipped_at IS NOT NULL; -- trailing comment after the end; ignored

-- category: line-comment
-- see /* this does not open a block comment; it is in a line comment
ALTER TABLE orders ALTER COLUMN carrier SET DEFAULT 'ups'; -- default carrier

-- category: unicode
CREATE TABLE clientes (id bigint PRIMARY KEY, société text, "téléphone" text, "🚚 carrier" text);

-- category: unicode
COMMENT ON TABLE clientes IS 'Clients français — données migrées 😀; ne pas supprimer';

-- category: unicode
INSERT INTO reactions (emoji, label) VALUES ('😀', 'grinning'), ('🎉', 'tada;party'), ('é', 'e-acute');

-- category: unicode
ALTER TABLE clientes RENAME COLUMN société TO entreprise;

-- category: unicode-escape
SELECT U&'d\0061t\+000061 caf\00E9' AS data, U&"col\00E9" FROM clientes;

-- category: bit-hex-string
INSERT INTO flags (name, mask, raw) VALUES ('beta;internal', B'1010', X'DEADBEEF');

-- category: sql-standard-body
CREATE FUNCTION booking_hours(b room_bookings) RETURNS numeric
LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT extract(epoch FROM upper(b.during) - lower(b.during)) / 3600 AS "end";
END;

-- category: blank-lines


/* two blank lines and a block comment before this one */

ANALYZE users;
