-- Narrowing back would rewrite the table; left as is.
SELECT 1;
