create table snapshots (
	id bigserial primary key,
	device_id uuid not null,
	payload varchar(4096) not null,
	created_at timestamptz not null default now()
);
