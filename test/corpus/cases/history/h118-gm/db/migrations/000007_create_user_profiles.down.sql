-- case: down drops its own table
-- tool: golang-migrate
-- expect: require-lock-timeout@5

DROP TABLE user_profiles;
