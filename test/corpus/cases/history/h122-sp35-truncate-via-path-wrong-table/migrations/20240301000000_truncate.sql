-- case: the truncate is of the new tenant table only
-- tool: plain
-- expect: clean

SET search_path TO tenant_a, public;
CREATE TABLE import_rows (id bigint PRIMARY KEY, payload jsonb);
INSERT INTO import_rows SELECT * FROM public.import_rows;
TRUNCATE import_rows;
DROP TABLE import_rows;
