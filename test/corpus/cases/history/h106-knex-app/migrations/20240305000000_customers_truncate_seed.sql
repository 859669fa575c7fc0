truncate "customers" restart identity cascade;
insert into "customers" ("email") values ('admin@example.com');
