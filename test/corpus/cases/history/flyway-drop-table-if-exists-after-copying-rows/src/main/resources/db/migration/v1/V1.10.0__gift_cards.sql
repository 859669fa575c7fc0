-- Gift cards issued to customers
create table if not exists gift_card
(
    id            bigint primary key not null,
    code          text               not null,
    issued_at     bigint             not null,
    balance_cents bigint             not null
);
