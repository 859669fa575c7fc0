-- case: dbmate: create a table, down drops it
-- expect: clean
-- tool: dbmate

-- migrate:up
create table if not exists email_templates (
  id bigint generated always as identity primary key,
  slug text not null unique,
  subject text not null,
  body_html text not null,
  updated_at timestamptz not null default now()
);

-- migrate:down
drop table if exists email_templates;
