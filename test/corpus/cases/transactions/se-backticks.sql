-- case: MySQL backtick quoting
-- expect: syntax-error@4

CREATE INDEX `idx_users_name` ON `users` (`name`);
