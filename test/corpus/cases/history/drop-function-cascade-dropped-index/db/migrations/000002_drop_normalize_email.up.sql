-- The application normalises emails itself now: the function goes, and the unique index built on it with it.
DROP FUNCTION normalize_email CASCADE;
