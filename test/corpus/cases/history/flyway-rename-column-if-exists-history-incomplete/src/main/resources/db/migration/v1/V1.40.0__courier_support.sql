------------------------------
-- Couriers
------------------------------

-- New shipment event kinds
insert into t_shipment_event_kinds (id, name)
values (11, 'HANDED_TO_COURIER'),
       (12, 'COURIER_RETURNED');

create table if not exists courier
(
    id           bigint primary key not null,
    name         text               not null,
    phone        text               null,
    created_at   bigint             not null
);

create unique index if not exists courier__name
    on courier (name);
