-- The auth schema and its tables come from the auth server's own bootstrap, not from these migrations.
ALTER TABLE auth.users ADD COLUMN IF NOT EXISTS is_sso_user boolean NOT NULL DEFAULT false;
