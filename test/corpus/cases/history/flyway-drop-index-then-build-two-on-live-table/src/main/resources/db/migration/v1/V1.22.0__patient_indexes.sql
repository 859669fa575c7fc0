-- case: patient is live after V1.20.0: the DROP INDEX takes an AccessExclusiveLock that Flyway's transaction keeps
-- case: while both new indexes are built without CONCURRENTLY.
-- tool: flyway
-- expect: require-concurrent-drop-index@10, require-lock-timeout@10, lock-held-during-slow-operation@11
-- expect: require-concurrent-index@11, lock-held-during-slow-operation@12, require-concurrent-index@12
------------------------------
-- Reshape the patient indexes
------------------------------

drop index if exists patient__email_clinic_family;
create index if not exists patient__id_kind on patient (id, kind);
create index if not exists patient__email on patient (email) where email is not null;
