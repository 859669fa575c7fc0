-- case: Spring Boot `spring.flyway.locations=classpath:db/migration/{vendor}`: the mysql/ scripts never run on PostgreSQL, so widening the varchar the postgresql/ history created is metadata-only
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE users ALTER COLUMN email TYPE VARCHAR(200);
