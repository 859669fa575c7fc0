create table if not exists patient
(
    id          bigint  not null,
    archived    boolean default false not null,
    clinic_id   bigint  not null,
    email       character varying,
    family_name text    not null,
    kind        integer not null
);
alter table patient
    add primary key (id);
create index if not exists patient__email_clinic_family
    on patient (email, kind, clinic_id, family_name);
