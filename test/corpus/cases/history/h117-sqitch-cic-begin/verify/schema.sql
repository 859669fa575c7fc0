SELECT id FROM carts WHERE false;
