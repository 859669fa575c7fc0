-- case: Hibernate-style unique constraint added in place: unique index built under AccessExclusiveLock
-- expect: unique-without-index@5, require-lock-timeout@5
-- tool: flyway

ALTER TABLE customers ADD CONSTRAINT uk_customers_email UNIQUE (email);
