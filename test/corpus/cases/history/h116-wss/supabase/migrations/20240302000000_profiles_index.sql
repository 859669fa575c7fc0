-- case: index on the pulled profiles table, and a trigger on auth.users
-- expect: require-lock-timeout@5, require-concurrent-index@5
-- tool: supabase

create index profiles_full_name_idx on profiles (full_name);
create trigger on_auth_user_created after insert on auth.users for each row execute procedure public.handle_new_user();
