-- case: the application's ORM creates most tables, not the migrations: the history above references course
-- case: (REFERENCES) without ever creating it, so it does not hold the whole schema, and ALTER TABLE IF EXISTS of
-- case: a table it never made acts on a live table (grading_rule is one), as with no history at all. PostgreSQL 15:
-- case: AccessExclusiveLock, and the unique index built under it.
-- tool: flyway
-- expect: require-lock-timeout@7, unique-without-index@7
alter table if exists grading_rule
        add constraint grading_rule_unique_name unique (name);
