-- case: knex.raw unique index on lower(email)
-- expect: require-concurrent-index@4, require-lock-timeout@4

CREATE UNIQUE INDEX users_lower_email_unique ON users (lower(email));
