-- case: ALTER SEQUENCE AS bigint: ShareRowExclusiveLock on the sequence blocks nextval()
-- expect: require-lock-timeout@5
-- tool: golang-migrate

ALTER SEQUENCE customers_id_seq AS bigint MAXVALUE 9223372036854775807;
