-- case: ADD CONSTRAINT ... UNIQUE builds its index under AccessExclusiveLock
-- expect: unique-without-index@4, require-lock-timeout@4

ALTER TABLE users ADD CONSTRAINT users_username_key UNIQUE (username);
