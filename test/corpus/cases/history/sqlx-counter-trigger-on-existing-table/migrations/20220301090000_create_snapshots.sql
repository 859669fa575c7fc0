create table snapshots (
	id bigserial primary key,
	device_id uuid not null,
	payload text not null
);
