-- case: retention: drop an attached partition outright (locks the parent too)
-- expect: drop-table@4, require-lock-timeout@4
-- tool: golang-migrate
DROP TABLE events_2023;
