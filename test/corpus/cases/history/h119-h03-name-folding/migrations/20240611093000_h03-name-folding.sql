-- case: new table created with mixed case / schema, updated under another spelling
-- expect: clean

BEGIN;
CREATE TABLE Plans (id smallint PRIMARY KEY, name text);
INSERT INTO plans VALUES (1, 'free');
UPDATE PLANS SET name = upper(name);
UPDATE public.plans SET name = lower(name);
CREATE TABLE public.tiers (id smallint PRIMARY KEY, label text);
UPDATE tiers SET label = 'x';
DELETE FROM "tiers";
COMMIT;
