-- case: varchar(4096) -> text keeps every stored value as it is: PostgreSQL 15 neither rewrites the table nor
-- case: rebuilds its indexes (same relfilenode), though the ALTER still takes an AccessExclusiveLock briefly.
-- expect: require-lock-timeout@6
-- tool: sqlx

alter table snapshots alter column payload type text;
