-- case: VALIDATE the Rails FK in the next migration
-- expect: clean

ALTER TABLE orders VALIDATE CONSTRAINT fk_rails_0b2c1d8e4f;
