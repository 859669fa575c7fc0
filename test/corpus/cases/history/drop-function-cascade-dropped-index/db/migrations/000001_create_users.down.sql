DROP TABLE users;
DROP FUNCTION normalize_email(text);
