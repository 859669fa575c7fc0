-- case: a suppression naming a valid but different rule suppresses nothing here
-- expect: require-concurrent-index@6, require-lock-timeout@6

SET statement_timeout = '5min';
-- sluice-ignore drop-column: reviewed
CREATE INDEX sessions_user_id_idx ON sessions (user_id);
