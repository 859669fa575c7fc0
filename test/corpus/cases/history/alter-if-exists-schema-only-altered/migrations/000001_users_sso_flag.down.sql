ALTER TABLE auth.users DROP COLUMN IF EXISTS is_sso_user;
