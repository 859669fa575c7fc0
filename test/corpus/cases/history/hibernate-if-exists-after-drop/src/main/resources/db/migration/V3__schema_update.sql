-- case: Hibernate writes IF EXISTS statements for tables an earlier migration dropped: each is a no-op (PostgreSQL only notes the table does not exist); the table that exists still takes its lock
-- tool: flyway
-- expect: require-lock-timeout@7
alter table if exists legacy_customer_note add column archived boolean not null;
alter table if exists legacy_customer_note alter column body set data type text;
drop table if exists legacy_customer_note cascade;
alter table if exists customer add column phone varchar(32);
