-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE SCHEMA IF NOT EXISTS crm;

-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE TABLE IF NOT EXISTS crm.accounts (
    id VARCHAR(26) PRIMARY KEY,
    display_name TEXT NOT NULL,
    billing_email TEXT NOT NULL,
    created_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
    closed_at TIMESTAMPTZ
);

-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE TABLE IF NOT EXISTS crm.contacts (
    id VARCHAR(26) PRIMARY KEY,
    full_name TEXT NOT NULL,
    account_id VARCHAR(26) NOT NULL REFERENCES crm.accounts (id),
    created_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP
);

-- +migrate Down
DROP TABLE IF EXISTS crm.contacts CASCADE;
DROP TABLE IF EXISTS crm.accounts CASCADE;
