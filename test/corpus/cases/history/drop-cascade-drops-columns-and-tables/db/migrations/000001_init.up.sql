CREATE EXTENSION IF NOT EXISTS citext;
CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
CREATE TABLE organizations (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  name text NOT NULL,
  slug citext NOT NULL UNIQUE,
  plan plan_tier NOT NULL DEFAULT 'free'
);
CREATE SCHEMA tenant_acme;
CREATE TABLE tenant_acme.documents (id bigint PRIMARY KEY, title text);
