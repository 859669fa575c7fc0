-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE SCHEMA IF NOT EXISTS care;

-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE TABLE IF NOT EXISTS care.wards (
	id VARCHAR(26) PRIMARY KEY,
	name TEXT NOT NULL,
	floor TEXT NOT NULL,
	opened_at TIMESTAMPTZ DEFAULT CURRENT_TIMESTAMP,
	closed_at TIMESTAMPTZ
);

-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE TABLE IF NOT EXISTS care.beds (
	id VARCHAR(26) PRIMARY KEY,
	ward_id VARCHAR(26) NOT NULL REFERENCES care.wards (id),
	label TEXT NOT NULL,
	status TEXT NOT NULL,
	cleaned_at TIMESTAMPTZ NOT NULL,
	retired_at TIMESTAMPTZ
);

-- +migrate Up
SET lock_timeout = '2s';
SET statement_timeout = '30s';
CREATE TABLE IF NOT EXISTS care.admissions (
	id VARCHAR(26) PRIMARY KEY,
	patient_ref TEXT NOT NULL,
	ward_id VARCHAR(26) NOT NULL REFERENCES care.wards (id),
	bed_id VARCHAR(26) REFERENCES care.beds (id),
	discharged_at TIMESTAMPTZ
);

-- +migrate Down
DROP TABLE IF EXISTS care.admissions CASCADE;
DROP TABLE IF EXISTS care.beds CASCADE;
DROP TABLE IF EXISTS care.wards CASCADE;
