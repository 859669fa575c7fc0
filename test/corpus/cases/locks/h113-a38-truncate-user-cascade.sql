-- case: TRUNCATE ... CASCADE of a reserved-word table: error severity, message names "user"
-- expect: truncate@5, require-lock-timeout@5

SET statement_timeout = '1min';
TRUNCATE "user", user_sessions
  RESTART IDENTITY CASCADE;
