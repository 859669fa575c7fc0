DROP EXTENSION pg_partman;
