-- case: a migration cut from a pg_dump 17.6+ structure.sql keeps its \restrict / \unrestrict psql meta-commands (no finding for them); the lock_timeout is set, the column is nullable
-- expect: clean
\restrict 8cF1qLr0xEo2GQqkZ7hT3bYw9uVn4aJd5sKm6pXe
SET lock_timeout = '5s';
ALTER TABLE ONLY public.users ADD COLUMN name character varying;
\unrestrict 8cF1qLr0xEo2GQqkZ7hT3bYw9uVn4aJd5sKm6pXe
