-- case: Hibernate @Column(unique = true) on an existing column: unique constraint with a generated name
-- expect: require-lock-timeout@5, unique-without-index@5
-- tool: flyway
SET lock_timeout = 0;
alter table if exists customers add constraint UK_rfbvkrffamfql7cjmen8v976v unique (email);
