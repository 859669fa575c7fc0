-- case: dbmate transaction:false still sends the section as one multi-statement query (implicit transaction): DDL then a keyset batch
-- expect: unbatched-backfill@8, lock-held-during-slow-operation@8
-- tool: dbmate

-- migrate:up transaction:false
SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN tier text;
UPDATE users SET tier = 'free'
WHERE id IN (SELECT id FROM users WHERE tier IS NULL ORDER BY id LIMIT 1000);

-- migrate:down
SET lock_timeout = '2s';
ALTER TABLE users DROP COLUMN tier;
