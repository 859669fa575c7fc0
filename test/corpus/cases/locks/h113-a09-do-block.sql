-- case: statements inside a DO block are placed where their own text starts
-- expect: require-lock-timeout@8, constraint-without-not-valid@8, require-concurrent-index@12

DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conname = 'shipments_order_fk') THEN
    -- 出荷 → 注文
    ALTER TABLE shipments
      ADD CONSTRAINT shipments_order_fk
      FOREIGN KEY (order_id) REFERENCES orders (id);
  END IF;
  CREATE INDEX IF NOT EXISTS shipments_order_id_idx ON shipments (order_id);
END
$$;
