ALTER TABLE users DROP CONSTRAINT IF EXISTS users_phone_not_null;
