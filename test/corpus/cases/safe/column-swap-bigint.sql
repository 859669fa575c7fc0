-- case: GitLab's integer → bigint swap, once the bigint copy is filled and kept in sync: both names exist at COMMIT
-- expect: clean

BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE ci_builds RENAME COLUMN id TO id_tmp;
ALTER TABLE ci_builds RENAME COLUMN id_convert_to_bigint TO id;
ALTER TABLE ci_builds RENAME COLUMN id_tmp TO id_convert_to_bigint;
ALTER SEQUENCE ci_builds_id_seq OWNED BY ci_builds.id;
ALTER TABLE ci_builds ALTER COLUMN id SET DEFAULT nextval('ci_builds_id_seq'::regclass);
ALTER TABLE ci_builds ALTER COLUMN id_convert_to_bigint SET DEFAULT 0;
COMMIT;
