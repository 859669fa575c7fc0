ALTER TABLE ip_allowlist ALTER COLUMN network TYPE cidr;
