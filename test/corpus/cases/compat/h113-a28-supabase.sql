-- case: Supabase migration on a quoted schema-qualified table
-- expect: require-lock-timeout@5, add-required-column@5, require-concurrent-index@8, lock-held-during-slow-operation@8
-- tool: supabase

alter table "public"."profiles" add column "username" text not null;

-- search
create index profiles_username_idx on "public"."profiles" using btree ("username");
