SELECT coupon FROM carts WHERE false;
