-- case: a per-device counter kept by a trigger. The new table and the function lock nothing in use; CREATE
-- case: TRIGGER takes a ShareRowExclusiveLock on snapshots (PostgreSQL 15), which blocks its writes while it
-- case: waits: that is the statement that needs the lock_timeout.
-- expect: require-lock-timeout@23
-- tool: sqlx

create table snapshot_tally (
	device_id uuid primary key,
	total bigint not null default 0
);

create or replace function bump_snapshot_tally()
returns trigger as
$body$
begin
	insert into snapshot_tally (device_id, total) values (new.device_id, 1)
	on conflict (device_id) do update set total = snapshot_tally.total + 1;
	return new;
end;
$body$
language plpgsql;

create trigger tg_bump_snapshot_tally
	after insert on snapshots
	for each row
	execute procedure bump_snapshot_tally();
