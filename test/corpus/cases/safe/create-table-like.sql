-- case: CREATE TABLE ... (LIKE existing INCLUDING ALL) only reads the source definition
-- expect: clean

CREATE TABLE orders_archive (LIKE orders INCLUDING ALL);
COMMENT ON TABLE orders_archive IS 'Orders older than seven years, moved by the archiver job';
