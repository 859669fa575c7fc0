-- case: DO block adds required column
-- tool: plain
-- expect: add-required-column@8
SET lock_timeout = '2s';
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'accounts' AND column_name = 'currency') THEN
    ALTER TABLE accounts ADD COLUMN currency char(3) NOT NULL;
  END IF;
END
$$;
