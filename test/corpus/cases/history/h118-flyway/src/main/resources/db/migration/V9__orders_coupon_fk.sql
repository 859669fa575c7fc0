-- case: FK steps merged into one Flyway migration
-- tool: flyway
-- expect: require-concurrent-index@10, validate-in-same-transaction@12

CREATE TABLE coupons (
    code VARCHAR(32) PRIMARY KEY,
    percent_off INTEGER NOT NULL
);
SET lock_timeout TO '2s';
CREATE INDEX idx_orders_coupon_code ON orders (coupon_code);
ALTER TABLE orders ADD CONSTRAINT fk_orders_coupon FOREIGN KEY (coupon_code) REFERENCES coupons (code) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_coupon;
