-- case: delivery_batch was created by a version not copied here; V1.40.0 creates another table but also inserts
-- case: into a lookup table it never made, so the history does not hold the whole schema and ALTER TABLE IF EXISTS
-- case: delivery_batch acts on the live table: the rename, the backfill, the drop and their locks are real. The
-- case: rename keeps checksum working for running code (added back and filled in the same transaction), so it only
-- case: adds digest: with the drop of manifest_hash, an expand and a contract in one migration.
-- tool: flyway
-- expect: require-lock-timeout@14, lock-held-during-slow-operation@16, unbatched-backfill@16
-- expect: drop-column@18, mixed-expand-contract@18
/*
 * checksum becomes digest (the manifest's hash); checksum is added back, as a copy, for readers
 * that still use it, and the old manifest hash is dropped.
 */

alter table if exists delivery_batch rename column checksum to digest;
alter table if exists delivery_batch add column if not exists checksum character varying(64);
update delivery_batch set checksum = digest;

alter table if exists delivery_batch drop column if exists manifest_hash;
