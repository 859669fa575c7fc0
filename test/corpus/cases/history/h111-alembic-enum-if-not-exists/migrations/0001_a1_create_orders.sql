BEGIN;
CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
-- Running upgrade  -> a1
CREATE TYPE order_status AS ENUM ('pending', 'paid');
CREATE TABLE orders (id SERIAL NOT NULL, status order_status NOT NULL, PRIMARY KEY (id));
INSERT INTO alembic_version (version_num) VALUES ('a1') RETURNING alembic_version.version_num;
COMMIT;
