-- case: Rails add_index :users, :email as it lands in structure.sql
-- expect: require-concurrent-index@4, require-lock-timeout@4

CREATE INDEX index_users_on_email ON public.users USING btree (email);
