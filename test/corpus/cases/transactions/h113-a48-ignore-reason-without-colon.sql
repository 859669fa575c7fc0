-- case: the docs' own "reason without a colon" example: the directive is invalid and suppresses nothing
-- expect: invalid-directive@4, require-lock-timeout@5

-- sluice-ignore require-lock-timeout tiny table
ALTER TABLE countries ADD COLUMN iso3 char(3);
