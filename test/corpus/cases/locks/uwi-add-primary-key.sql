-- case: legacy table finally gets a primary key
-- expect: unique-without-index@5

SET lock_timeout = '2s';
ALTER TABLE legacy_imports ADD PRIMARY KEY (id);
