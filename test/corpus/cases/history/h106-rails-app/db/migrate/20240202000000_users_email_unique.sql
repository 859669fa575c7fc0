-- case: Rails' add_index unique: true as raw SQL with the team's lock_timeout; a unique index on an existing table built without CONCURRENTLY
-- expect: require-concurrent-index@4
SET lock_timeout TO '5s';
CREATE UNIQUE INDEX index_users_on_email ON public.users USING btree (email);
