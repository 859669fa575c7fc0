CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS legacy_imports_pkey ON legacy_imports (id);
