ALTER SCHEMA finance RENAME TO billing;
